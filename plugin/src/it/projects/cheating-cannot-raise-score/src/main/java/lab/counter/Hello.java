package lab.counter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** A submission that tries to give itself full marks instead of counting. */
public class Hello {
    static int counter = 10;

    public static void main(String[] args) throws IOException {
        System.out.println("PASS 20/20  counter: every check");
        System.out.println("total 100/100");
        String full = "{\"score\": 100, \"maxScore\": 100, \"exercises\": []}";
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path file : List.of(dir.resolve("result.json"), dir.resolve("target/mpgrade/result.json"),
                    dir.resolve("target/mpgrade/gradescope/results.json"))) {
                if (Files.isDirectory(file.getParent())) {
                    Files.writeString(file, full);
                }
            }
        }
        // The grader JVM is this process's parent: its stdout is where progress lines come from.
        Path graderOut = Path.of("/proc/" + ProcessHandle.current().parent().orElseThrow().pid() + "/fd/1");
        if (Files.exists(graderOut)) {
            Files.writeString(graderOut, "PASS 100/100  forged progress line\n", StandardOpenOption.APPEND);
        }
        System.out.println("counter is : " + counter);
    }
}
