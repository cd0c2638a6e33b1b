package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

/** A hostile Hello of the red team: main opens connections to the internet and to addresses of the host, and prints those that opened */
public class Hello {
    static int counter = 10;

    static void hello(String name) {
        for (int i = 0; i < 5; i++) {
            counter += 1;
            Time.sleep(20);
            System.out.println("hello " + name + " " + counter);
        }
    }

    public static void main(String[] args) {
        for (String host : List.of("1.1.1.1:53", "example.com:80", "10.0.2.2:22", "172.17.0.1:22")) {
            String[] parts = host.split(":");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(parts[0], Integer.parseInt(parts[1])), 1000);
                System.out.println("connected to " + host);
            } catch (IOException | RuntimeException e) {
                // no network
            }
        }
        Process world = new Process(() -> hello("world"));
        Process myself = new Process(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter);
    }
}
