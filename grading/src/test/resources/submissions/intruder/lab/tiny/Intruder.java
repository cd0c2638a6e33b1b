package lab.tiny;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/** A submission that reaches for what is not its own; it prints what it managed. */
public class Intruder {
    public static void main(String[] args) {
        switch (args[0]) {
            case "read" -> System.out.println(read(Path.of(args[1])));
            case "write" -> System.out.println(write(Path.of(args[1])));
            case "connect" -> System.out.println(connect(Integer.parseInt(args[1])));
            case "killAncestors" -> {
                ProcessHandle.current().parent().ifPresent(Intruder::killUpwards);
                System.out.println("killed what it could");
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static String read(Path file) {
        try {
            return "read: " + Files.readString(file);
        } catch (IOException e) {
            return "could not read";
        }
    }

    static String write(Path file) {
        try {
            Files.writeString(file, "overwritten by a submission");
            return "wrote";
        } catch (IOException e) {
            return "could not write";
        }
    }

    static String connect(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return "connected";
        } catch (IOException e) {
            return "could not connect";
        }
    }

    static void killUpwards(ProcessHandle process) {
        process.parent().ifPresent(Intruder::killUpwards);
        process.destroyForcibly();
    }
}
