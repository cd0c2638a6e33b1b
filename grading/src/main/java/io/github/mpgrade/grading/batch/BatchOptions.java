package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.GradingRequest;
import io.github.mpgrade.grading.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a batch runs. Build one with {@link #builder}; every setting but the folders and class
 * paths has a default.
 *
 * @param submissions       the folder with one folder per submission
 * @param out               where the gradebook and the reports go
 * @param graderClassPath   the grader JVM's class path (checks, harness, grading core); never a submission's classes
 * @param checksPackage     the package of checks to run (the assignment's, by default)
 * @param runtimeClassPath  the multiprocessing runtime that submissions compile and run against
 * @param javaExecutable    the {@code java} of the grader JVMs and so of every child JVM
 * @param parallelism       how many submissions are graded at once
 * @param shard             the slice of the submissions this run grades
 * @param force             grade every submission again, even unchanged ones
 * @param timeLimit         wall time of one submission's grading, after which its processes are killed
 * @param maxProcesses      processes one program may start ({@code mpgrade.maxProcesses} of the runtime)
 * @param maxTasks          processes and threads one submission's grading may have at once, the grader
 *                          JVM's included; past it every one of them is killed (a thread or fork bomb)
 * @param childMaxHeap      the heap limit of every child JVM ({@code -Xmx}), e.g. {@code 128m}
 * @param graderMaxHeap     the heap limit of each grader JVM
 * @param seed              replay only this seed ({@code mpgrade.seed}), or null for the checks' own seeds
 * @param roster            who each submission belongs to in the LMS
 * @param lmsAssignment     the assignment's name in the LMS import files
 * @param sandbox           where each grader JVM runs: in a sandbox, or as a plain process
 * @param schedules         how many schedules each safety property explores ({@code mpgrade.schedules}), or null
 *                          for the harness's default
 */
public record BatchOptions(Path submissions, Path out, List<Path> graderClassPath, String checksPackage,
                           List<Path> runtimeClassPath,
                           Path javaExecutable, int parallelism, Shard shard, boolean force, Duration timeLimit,
                           int maxProcesses, int maxTasks, String childMaxHeap, String graderMaxHeap, Long seed,
                           LmsExport.Roster roster, String lmsAssignment, Sandbox sandbox, Integer schedules) {
    /** Wall time per submission: the assignment's checks take well under a minute on a loaded 2-core machine. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(3);
    /** Processes per program, as the runtime's own default: a loop of starts stops there. */
    public static final int DEFAULT_MAX_PROCESSES = 32;
    /** Processes and threads per submission: a JVM has about 20 threads of its own, so ~65 JVMs' worth. */
    public static final int DEFAULT_MAX_TASKS = 1500;
    /** The heap limit ({@code -Xmx}) of each program's JVMs, unless one is given. */
    public static final String DEFAULT_CHILD_MAX_HEAP = "128m";
    /** The heap limit ({@code -Xmx}) of each grader JVM, unless one is given. */
    public static final String DEFAULT_GRADER_MAX_HEAP = "256m";
    /** The assignment's name in the LMS files, unless one is given. */
    public static final String DEFAULT_LMS_ASSIGNMENT = "mpgrade";

    public BatchOptions {
        Objects.requireNonNull(submissions, "submissions");
        Objects.requireNonNull(out, "out");
        graderClassPath = List.copyOf(graderClassPath);
        Objects.requireNonNull(checksPackage, "checksPackage");
        runtimeClassPath = List.copyOf(runtimeClassPath);
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        if (parallelism < 1) {
            throw new IllegalArgumentException("mpgrade.parallel=" + parallelism + ": grade at least one submission at a"
                    + " time (the default is one per core)");
        }
        Objects.requireNonNull(shard, "shard");
        if (timeLimit.isZero() || timeLimit.isNegative()) {
            throw new IllegalArgumentException("mpgrade.timeLimit must be a positive number of seconds, not " + timeLimit);
        }
        if (maxProcesses < 1 || maxTasks < 1) {
            throw new IllegalArgumentException("the process limits must be positive (mpgrade.maxProcesses="
                    + maxProcesses + ", mpgrade.maxTasks=" + maxTasks + ")");
        }
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(lmsAssignment, "lmsAssignment");
        Objects.requireNonNull(sandbox, "sandbox");
        if (schedules != null && schedules < 1) {
            throw new IllegalArgumentException("mpgrade.schedules=" + schedules + ": explore at least 1 schedule (the"
                    + " default is the checks' own)");
        }
    }

    public static Builder builder(Path submissions, Path out, List<Path> graderClassPath, List<Path> runtimeClassPath) {
        return new Builder(submissions, out, graderClassPath, runtimeClassPath);
    }

    /**
     * The settings that change a score, in the grader's fingerprint: changing one regrades every
     * submission. Parallelism and sharding do not change a score, so they are not in it.
     */
    String scoringSettings() {
        return "checks=" + checksPackage + ";timeLimit=" + timeLimit.toMillis() + ";maxProcesses=" + maxProcesses + ";maxTasks=" + maxTasks
                + ";childMaxHeap=" + childMaxHeap + ";seed=" + seed + ";java=" + javaExecutable
                + ";sandbox=" + sandbox.protections() + ";schedules=" + schedules;
    }

    /** Builds {@link BatchOptions}; each setter is optional. */
    public static final class Builder {
        private final Path submissions;
        private final Path out;
        private final List<Path> graderClassPath;
        private final List<Path> runtimeClassPath;
        private String checksPackage = GradingRequest.DEFAULT_CHECKS_PACKAGE;
        private Path javaExecutable = GradingRequest.javaOf(GradingRequest.CURRENT_JDK);
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private Shard shard = Shard.ALL;
        private boolean force;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;
        private int maxProcesses = DEFAULT_MAX_PROCESSES;
        private int maxTasks = DEFAULT_MAX_TASKS;
        private String childMaxHeap = DEFAULT_CHILD_MAX_HEAP;
        private String graderMaxHeap = DEFAULT_GRADER_MAX_HEAP;
        private Long seed;
        private LmsExport.Roster roster = LmsExport.Roster.NONE;
        private String lmsAssignment = DEFAULT_LMS_ASSIGNMENT;
        private Sandbox sandbox = Sandbox.none("none was asked for");
        private Integer schedules;

        private Builder(Path submissions, Path out, List<Path> graderClassPath, List<Path> runtimeClassPath) {
            this.submissions = submissions;
            this.out = out;
            this.graderClassPath = graderClassPath;
            this.runtimeClassPath = runtimeClassPath;
        }

        public Builder checksPackage(String checksPackage) {
            this.checksPackage = checksPackage;
            return this;
        }

        public Builder javaExecutable(Path javaExecutable) {
            this.javaExecutable = javaExecutable;
            return this;
        }

        public Builder parallelism(int parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        public Builder shard(Shard shard) {
            this.shard = shard;
            return this;
        }

        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        public Builder timeLimit(Duration timeLimit) {
            this.timeLimit = timeLimit;
            return this;
        }

        public Builder maxProcesses(int maxProcesses) {
            this.maxProcesses = maxProcesses;
            return this;
        }

        public Builder maxTasks(int maxTasks) {
            this.maxTasks = maxTasks;
            return this;
        }

        public Builder childMaxHeap(String childMaxHeap) {
            this.childMaxHeap = childMaxHeap;
            return this;
        }

        public Builder graderMaxHeap(String graderMaxHeap) {
            this.graderMaxHeap = graderMaxHeap;
            return this;
        }

        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        public Builder roster(LmsExport.Roster roster) {
            this.roster = roster;
            return this;
        }

        public Builder lmsAssignment(String lmsAssignment) {
            this.lmsAssignment = lmsAssignment;
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

        public BatchOptions build() {
            return new BatchOptions(submissions, out, graderClassPath, checksPackage, runtimeClassPath, javaExecutable, parallelism,
                    shard, force, timeLimit, maxProcesses, maxTasks, childMaxHeap, graderMaxHeap, seed, roster,
                    lmsAssignment, sandbox, schedules);
        }
    }
}
