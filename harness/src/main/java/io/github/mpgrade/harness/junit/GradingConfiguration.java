package io.github.mpgrade.harness.junit;

import io.github.mpgrade.harness.Budget;
import io.github.mpgrade.harness.Harness;
import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What a grading tells its checks, as JUnit configuration parameters: the submission to run and,
 * when a student replays a failure, the seed (and, read on its own by {@link SubmissionBudget},
 * how many schedules to explore). Each parameter's name is defined here, once. The
 * seed's is also the property of {@code mvn grade} that replays it, and JUnit reads a system
 * property of that name when no parameter is given, so {@code -Dmpgrade.seed=N} replays the same
 * schedules on a JVM that runs the checks directly.
 *
 * @param classPath  the submission's compiled classes and the multiprocessing runtime, for its programs
 * @param replaySeed the seed every schedule uses instead of its own, or empty
 */
public record GradingConfiguration(List<String> classPath, OptionalLong replaySeed) {
    /** The submission's class path, its entries separated by the platform's path separator. */
    public static final String CLASS_PATH = "mpgrade.classpath";
    /** The seed to replay. */
    public static final String SEED = "mpgrade.seed";
    /** How many schedules each safety property of the checks explores, the fixed ones included. */
    public static final String SCHEDULES = "mpgrade.schedules";
    /**
     * The schedules explored when {@link #SCHEDULES} is not given: enough for a bug that one
     * schedule in a hundred shows to show with 87% odds, at 10–15 ms a schedule of a small program
     * in reused JVMs (2–4 s an exercise).
     */
    public static final int DEFAULT_SCHEDULES = 200;
    /**
     * How many controlled runs an exploration makes at once ({@link Harness#forClassPath(List,
     * OptionalLong, int)}); 1 when not given.
     */
    public static final String RUNS_AT_ONCE = "mpgrade.runsAtOnce";
    /** The wall time, in ms, that a grader with a time limit gives each point the checks are worth. */
    public static final String TIME_PER_POINT = "mpgrade.timePerPointMillis";
    /** The part of a check class's time (by its points) that its exploration may take; the rest is for its fixed schedules and replays. */
    static final double EXPLORATION_PART = 1.0 / 3;

    public GradingConfiguration {
        classPath = List.copyOf(classPath);
        Objects.requireNonNull(replaySeed, "replaySeed");
    }

    /** The command that replays a seed's schedules in a student's project. */
    public static String replayCommand(long seed) {
        return "mvn grade -D" + SEED + "=" + seed;
    }

    /** The configuration parameters that carry this configuration to the checks. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(CLASS_PATH, String.join(File.pathSeparator, classPath));
        replaySeed.ifPresent(seed -> parameters.put(SEED, Long.toString(seed)));
        return parameters;
    }

    /**
     * The configuration these parameters carry.
     *
     * @param parameter the value of a configuration parameter, by name
     * @throws ExtensionConfigurationException when there is no class path, or the seed is no number
     */
    static GradingConfiguration read(Function<String, Optional<String>> parameter) {
        String classPath = parameter.apply(CLASS_PATH).orElseThrow(() ->
                new ExtensionConfigurationException("No submission to grade: set the configuration parameter "
                        + CLASS_PATH + " to the submission's class path (its classes and the multiprocessing jar)."));
        Optional<String> seed = parameter.apply(SEED).map(String::trim).filter(s -> !s.isEmpty());
        try {
            return new GradingConfiguration(Arrays.asList(classPath.split(File.pathSeparator)),
                    seed.map(s -> OptionalLong.of(Long.parseLong(s))).orElse(OptionalLong.empty()));
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException("The seed to replay (" + SEED + ") must be a whole number, not \""
                    + seed.orElseThrow() + "\".", e);
        }
    }

    /**
     * The exploration budget these parameters give a check class worth {@code classPoints}:
     * {@link #SCHEDULES} schedules, or {@link #DEFAULT_SCHEDULES}; and where a grader with a time
     * limit set {@link #TIME_PER_POINT}, no schedule started after {@link #EXPLORATION_PART} of the
     * class's time by its points, so exploring never costs a check its exercise's time share.
     *
     * @throws ExtensionConfigurationException when the count is not a whole number of at least 1
     */
    static Budget budget(Function<String, Optional<String>> parameter, double classPoints) {
        Budget budget = Budget.schedules(atLeastOne(parameter, SCHEDULES, DEFAULT_SCHEDULES,
                "The number of schedules to explore"));
        Optional<Duration> perPoint = parameter.apply(TIME_PER_POINT).map(millis -> Duration.ofMillis(Long.parseLong(millis)));
        return perPoint.map(time -> budget.within(Duration.ofMillis(Math.round(time.toMillis() * classPoints * EXPLORATION_PART))))
                .orElse(budget);
    }

    /**
     * How many runs at once these parameters allow: {@link #RUNS_AT_ONCE}, or 1.
     *
     * @throws ExtensionConfigurationException when it is not a whole number of at least 1
     */
    static int runsAtOnce(Function<String, Optional<String>> parameter) {
        return atLeastOne(parameter, RUNS_AT_ONCE, 1, "How many runs an exploration makes at once");
    }

    /**
     * The whole number a parameter gives, or {@code otherwise} when it gives none.
     *
     * @throws ExtensionConfigurationException naming {@code what}, when it is not a whole number of at least 1
     */
    private static int atLeastOne(Function<String, Optional<String>> parameter, String name, int otherwise,
                                  String what) {
        Optional<String> given = parameter.apply(name).map(String::trim).filter(s -> !s.isEmpty());
        try {
            int number = given.map(Integer::parseInt).orElse(otherwise);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException(what + " (" + name + ") must be a whole number of at least 1, not \""
                    + given.orElseThrow() + "\".", e);
        }
    }

    /** The parameter that gives a grading's time per point of the checks, set by a grader with a time limit. */
    public static Map<String, String> timePerPoint(Duration perPoint) {
        return Map.of(TIME_PER_POINT, Long.toString(perPoint.toMillis()));
    }
}
