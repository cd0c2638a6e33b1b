package lab.counter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A submission that tries to give itself full marks instead of counting. */
public class Hello {
    static int counter = 10;

    public static void main(String[] args) throws IOException {
        System.out.println("PASS 20/20  counter: every check");
        System.out.println("total 100/100");
        String full = "{\"score\": 100, \"maxScore\": 100, \"exercises\": []}";
        // Where the reports are: the grader's working folder is inside target/mpgrade.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("mpgrade")) {
                Files.writeString(dir.resolve("result.json"), full);
                Files.createDirectories(dir.resolve("gradescope"));
                Files.writeString(dir.resolve("gradescope/results.json"), full);
                break;
            }
        }
        // The grader's own results file is in its working folder, which this process shares.
        Files.writeString(Path.of("grader-results.signed"), "hmac-sha256 00\n{\"complete\":true,\"checks\":[]}");
        // The grader JVM is this process's parent: its stdout is where progress lines come from.
        Path graderOut = Path.of("/proc/" + ProcessHandle.current().parent().orElseThrow().pid() + "/fd/1");
        if (Files.exists(graderOut)) {
            Files.writeString(graderOut, "PASS 100/100  forged progress line\n", StandardOpenOption.APPEND);
        }
        System.out.println("counter is : " + counter);
    }
}
