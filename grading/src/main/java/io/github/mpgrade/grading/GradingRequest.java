package io.github.mpgrade.grading;

import io.github.mpgrade.grading.sandbox.Sandbox;
import io.github.mpgrade.harness.junit.GradingConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What to grade and how: one submission's compiled classes, the grader's class path, and the limits
 * of the grader JVM that runs the checks. Build one with {@link #builder}.
 *
 * @param graderClassPath    the grader JVM's class path: the checks (grader-tests) and their
 *                           dependencies, and this module with its own; never the submission's classes
 * @param checksPackage      the package of checks to run, with its subpackages
 * @param classesDirectory   the submission's compiled classes (what JaCoCo measures)
 * @param runtimeClassPath   what the submission's programs need besides their classes: the
 *                           multiprocessing runtime that matches the grader's coordinator
 * @param sourceDirectories  the submission's sources, shown in the coverage report; may be empty
 * @param outputDirectory    where the grader works and writes coverage ({@code target/mpgrade})
 * @param javaExecutable     the {@code java} that runs the grader JVM, and so every child JVM
 * @param timeLimit          wall time after which the grader JVM and all its processes are killed
 * @param seed               replay only this seed's schedules (the checks' {@link GradingConfiguration#replaySeed()}),
 *                           or null
 * @param coverage           whether and what to measure with JaCoCo in the child JVMs
 * @param graderJvmOptions   extra options for the grader JVM, such as {@code -Xmx512m}
 * @param childJvmOptions    extra options for every child JVM (passed as {@code mpgrade.jvmOptions});
 *                           none may contain whitespace, as the runtime splits them at whitespace
 * @param systemProperties   extra system properties of the grader JVM, such as {@code mpgrade.pool}
 * @param sandbox            where the grader JVM runs: in a {@linkplain Sandbox#probe() sandbox}, or as a plain process
 * @param schedules          how many schedules each safety property of the checks explores
 *                           ({@link GradingConfiguration#SCHEDULES}), or null for the harness's default
 * @param runsAtOnce         how many controlled runs an exploration makes at once, each under a
 *                           coordinator of its own ({@link GradingConfiguration#RUNS_AT_ONCE}); at least 1
 */
public record GradingRequest(List<Path> graderClassPath, String checksPackage, Path classesDirectory,
                             List<Path> runtimeClassPath, List<Path> sourceDirectories, Path outputDirectory,
                             Path javaExecutable, Duration timeLimit, Long seed, CoverageOptions coverage,
                             List<String> graderJvmOptions, List<String> childJvmOptions,
                             Map<String, String> systemProperties, Sandbox sandbox, Integer schedules,
                             int runsAtOnce) {
    /** The assignment's checks (grader-tests). */
    public static final String DEFAULT_CHECKS_PACKAGE = "io.github.mpgrade.assignment";
    /** The system property the runtime reads: options of every child JVM, separated by spaces. */
    public static final String CHILD_JVM_OPTIONS_PROPERTY = "mpgrade.jvmOptions";
    /** The system property the runtime reads: how many processes one program may have at once. */
    public static final String MAX_PROCESSES_PROPERTY = "mpgrade.maxProcesses";
    /** The system property the runtime reads: the folder of the child JVMs' class-data archives. */
    public static final String CLASS_DATA_FOLDER_PROPERTY = "mpgrade.cdsFolder";
    /** The system property the runtime reads: false, and child JVMs start without a class-data archive. */
    public static final String CLASS_DATA_PROPERTY = "mpgrade.cds";
    /** Generous for the assignment's checks (well under a minute on 2 cores), short of a CI job's limit. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);
    /** The JDK of this JVM (Maven's): the one that grades unless another is given. */
    public static final Path CURRENT_JDK = Path.of(System.getProperty("java.home"));

    public GradingRequest {
        graderClassPath = List.copyOf(graderClassPath);
        Objects.requireNonNull(checksPackage, "checksPackage");
        Objects.requireNonNull(classesDirectory, "classesDirectory");
        runtimeClassPath = List.copyOf(runtimeClassPath);
        sourceDirectories = List.copyOf(sourceDirectories);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeLimit);
        }
        Objects.requireNonNull(coverage, "coverage");
        graderJvmOptions = List.copyOf(graderJvmOptions);
        childJvmOptions = List.copyOf(childJvmOptions);
        for (String option : childJvmOptions) {
            if (option.isBlank() || option.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a child JVM option may not contain whitespace (the runtime"
                        + " splits mpgrade.jvmOptions at whitespace): \"" + option + "\"");
            }
        }
        systemProperties = Map.copyOf(systemProperties);
        Objects.requireNonNull(sandbox, "sandbox");
        if (schedules != null && schedules < 1) {
            throw new IllegalArgumentException("the checks explore at least 1 schedule (" + GradingConfiguration.SCHEDULES
                    + "), not " + schedules);
        }
        if (runsAtOnce < 1) {
            throw new IllegalArgumentException("an exploration makes at least 1 run at a time ("
                    + GradingConfiguration.RUNS_AT_ONCE + "), not " + runsAtOnce);
        }
        // JUnit takes a system property for a configuration parameter that is not given: the seed too.
        for (String reserved : List.of(GradingConfiguration.SEED, CHILD_JVM_OPTIONS_PROPERTY, GradingConfiguration.SCHEDULES,
                GradingConfiguration.RUNS_AT_ONCE)) {
            if (systemProperties.containsKey(reserved)) {
                throw new IllegalArgumentException(reserved + " is set from the request's seed, child JVM options,"
                        + " schedules and runs at once, not as a system property");
            }
        }
    }

    /**
     * How many runs at once suit a grading that shares {@code cores} with {@code gradingsAtOnce - 1}
     * others: one for every two cores it has to itself, at most 4. A controlled run keeps more than
     * one core busy (its processes and the coordinator wake each other up from core to core), so
     * on 2 cores a second run at once gains little (5 philosophers, 200 schedules: 114–118 a second
     * with one, 123–146 with two) and costs its JVMs' start; each run at once has its own JVMs.
     */
    public static int runsAtOnceFor(int cores, int gradingsAtOnce) {
        return Math.max(1, Math.min(4, cores / (2 * Math.max(1, gradingsAtOnce))));
    }

    /** The {@code java} launcher of a JDK (or JRE) home folder. */
    public static Path javaOf(Path javaHome) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return javaHome.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    /** The class path of the submission's programs: its classes first, then the runtime. */
    public List<Path> submissionClassPath() {
        return Stream.concat(Stream.of(classesDirectory), runtimeClassPath.stream()).toList();
    }

    /**
     * A request with the defaults: the assignment's checks, this JVM's {@code java}, a
     * {@linkplain #DEFAULT_TIME_LIMIT five-minute} limit, every seed, coverage of {@code lab.*}.
     */
    public static Builder builder(List<Path> graderClassPath, Path classesDirectory, List<Path> runtimeClassPath,
                                  Path outputDirectory) {
        return new Builder(graderClassPath, classesDirectory, runtimeClassPath, outputDirectory);
    }

    /** Whether JaCoCo measures the submission, and which of its classes (JaCoCo's {@code includes}). */
    public record CoverageOptions(boolean enabled, String includes) {
        public static final String DEFAULT_INCLUDES = "lab.*";

        public CoverageOptions {
            Objects.requireNonNull(includes, "includes");
            if (includes.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',' || c == '=')) {
                throw new IllegalArgumentException("coverage includes are class name patterns separated by ':',"
                        + " without spaces, commas or '=': \"" + includes + "\"");
            }
        }

        public static CoverageOptions of(String includes) {
            return new CoverageOptions(true, includes);
        }

        public static CoverageOptions off() {
            return new CoverageOptions(false, DEFAULT_INCLUDES);
        }
    }

    /** Builds a {@link GradingRequest}; every setter is optional. */
    public static final class Builder {
        private final List<Path> graderClassPath;
        private final Path classesDirectory;
        private final List<Path> runtimeClassPath;
        private final Path outputDirectory;
        private String checksPackage = DEFAULT_CHECKS_PACKAGE;
        private List<Path> sourceDirectories = List.of();
        private Path javaExecutable = javaOf(CURRENT_JDK);
        private Duration timeLimit = DEFAULT_TIME_LIMIT;
        private Long seed;
        private CoverageOptions coverage = CoverageOptions.of(CoverageOptions.DEFAULT_INCLUDES);
        private List<String> graderJvmOptions = List.of();
        private List<String> childJvmOptions = List.of();
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private Sandbox sandbox = Sandbox.none("none was asked for");
        private Integer schedules;
        private int runsAtOnce = runsAtOnceFor(Runtime.getRuntime().availableProcessors(), 1);

        private Builder(List<Path> graderClassPath, Path classesDirectory, List<Path> runtimeClassPath,
                        Path outputDirectory) {
            this.graderClassPath = graderClassPath;
            this.classesDirectory = classesDirectory;
            this.runtimeClassPath = runtimeClassPath;
            this.outputDirectory = outputDirectory;
        }

        public Builder checksPackage(String checksPackage) {
            this.checksPackage = checksPackage;
            return this;
        }

        public Builder sourceDirectories(List<Path> sourceDirectories) {
            this.sourceDirectories = sourceDirectories;
            return this;
        }

        public Builder javaExecutable(Path javaExecutable) {
            this.javaExecutable = javaExecutable;
            return this;
        }

        public Builder timeLimit(Duration timeLimit) {
            this.timeLimit = timeLimit;
            return this;
        }

        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        public Builder coverage(CoverageOptions coverage) {
            this.coverage = coverage;
            return this;
        }

        public Builder graderJvmOptions(List<String> options) {
            this.graderJvmOptions = options;
            return this;
        }

        public Builder childJvmOptions(List<String> options) {
            this.childJvmOptions = options;
            return this;
        }

        public Builder systemProperty(String name, String value) {
            systemProperties.put(name, value);
            return this;
        }

        public Builder sandbox(Sandbox sandbox) {
            this.sandbox = sandbox;
            return this;
        }

        public Builder schedules(Integer schedules) {
            this.schedules = schedules;
            return this;
        }

        public Builder runsAtOnce(int runsAtOnce) {
            this.runsAtOnce = runsAtOnce;
            return this;
        }

        public GradingRequest build() {
            return new GradingRequest(graderClassPath, checksPackage, classesDirectory, runtimeClassPath,
                    sourceDirectories, outputDirectory, javaExecutable, timeLimit, seed, coverage, graderJvmOptions,
                    childJvmOptions, systemProperties, sandbox, schedules, runsAtOnce);
        }
    }
}
