package io.github.mpgrade.grading.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the reports are read besides {@code target/mpgrade}: what the environment tells about the
 * CI or autograder around the build. Injected, so that tests do not depend on the real one.
 *
 * @param variables           the environment variables
 * @param gradescopeResults   Gradescope's results folder; it exists only inside Gradescope
 */
public record ReportEnvironment(Map<String, String> variables, Path gradescopeResults) {
    /** Where Gradescope's autograder reads {@code results.json} from. */
    public static final Path GRADESCOPE_RESULTS = Path.of("/autograder/results");

    public ReportEnvironment {
        variables = Map.copyOf(variables);
    }

    /** The environment of this JVM. */
    public static ReportEnvironment current() {
        return new ReportEnvironment(System.getenv(), GRADESCOPE_RESULTS);
    }

    /** Inside a GitHub Actions job, where workflow commands on stdout become annotations. */
    public boolean githubActions() {
        return "true".equals(variables.get("GITHUB_ACTIONS"));
    }

    /** The job summary file of a GitHub Actions step, if there is one. */
    public Optional<Path> githubStepSummary() {
        return Optional.ofNullable(variables.get("GITHUB_STEP_SUMMARY")).filter(s -> !s.isBlank()).map(Path::of);
    }

    /** Gradescope's {@code results.json}, when running inside Gradescope's autograder. */
    public Optional<Path> gradescopeResultsFile() {
        return Files.isDirectory(gradescopeResults) ? Optional.of(gradescopeResults.resolve("results.json"))
                : Optional.empty();
    }
}
