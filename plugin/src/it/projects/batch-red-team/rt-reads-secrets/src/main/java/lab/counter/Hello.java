package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A hostile Hello of the red team: main looks for the grader's environment, home folders, the Maven repository and the other submissions, and prints what it finds */
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
        List<String> found = new ArrayList<>();
        ProcessHandle.current().parent().ifPresent(grader -> {
            try {
                found.add("grader environment: " + Files.readString(Path.of("/proc/" + grader.pid() + "/environ")).length());
            } catch (IOException | RuntimeException e) {
                // not readable
            }
        });
        for (String path : List.of(System.getProperty("user.home") + "/.m2", "/root", "/home", "../../..")) {
            try (var listing = Files.list(Path.of(path))) {
                if (listing.findAny().isPresent()) {
                    found.add("sees " + path);
                }
            } catch (IOException | RuntimeException e) {
                // not visible
            }
        }
        if (System.getenv().size() > 8) {
            found.add("an environment of " + System.getenv().size() + " variables");
        }
        found.forEach(System.out::println);
        Process world = new Process(() -> hello("world"));
        Process myself = new Process(() -> hello("myself"));
        world.start();
        myself.start();
        world.join();
        myself.join();
        System.out.println("counter is : " + counter);
    }
}
