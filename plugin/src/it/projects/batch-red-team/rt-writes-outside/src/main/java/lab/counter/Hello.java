package lab.counter;

import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Time;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** A hostile Hello of the red team: main writes in the home folder, /tmp and next to the gradebook, and prints where it managed */
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
        for (String path : List.of(System.getProperty("user.home") + "/mpgrade-red-team.txt", "/tmp/mpgrade-red-team.txt",
                "../../../gradebook.csv", "../../../../gradebook.csv")) {
            try {
                Files.writeString(Path.of(path), "written by a submission\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                System.out.println("wrote " + path);
            } catch (IOException | RuntimeException e) {
                // read-only, or not there
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
