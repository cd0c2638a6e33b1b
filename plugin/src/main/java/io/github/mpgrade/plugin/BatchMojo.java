package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.GradingRequest;
import io.github.mpgrade.grading.batch.BatchGrading;
import io.github.mpgrade.grading.batch.BatchOptions;
import io.github.mpgrade.grading.batch.BatchSummary;
import io.github.mpgrade.grading.batch.ConsoleProgress;
import io.github.mpgrade.grading.batch.Gradebook;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Grades a folder of submissions into a gradebook, without a project (contract section 4):
 * {@code mvn io.github.mpgrade:mpgrade-maven-plugin:VERSION:batch -Dmpgrade.submissions=DIR -Dmpgrade.out=OUT}.
 * Each folder of DIR is one submission, of which only {@code src/main/java} is used. The build
 * succeeds whenever the batch ran, whatever the scores; it fails only when the batch could not run.
 */
@Mojo(name = "batch", requiresProject = false, threadSafe = true)
public class BatchMojo extends AbstractGraderMojo {
    /** The folder with one folder per submission. */
    @Parameter(property = "mpgrade.submissions")
    private File submissions;

    /** Where the gradebook, the summary, the LMS files and each submission's reports go. */
    @Parameter(property = "mpgrade.out")
    private File out;

    /** How many submissions are graded at once; 0 for one per core. */
    @Parameter(property = "mpgrade.parallel", defaultValue = "0")
    private int parallel;

    /** Grade only the slice {@code k/n} of the submissions (k from 1 to n); combine the slices with the merge goal. */
    @Parameter(property = "mpgrade.shard")
    private String shard;

    /** Grade every submission again, even those unchanged since they were graded. */
    @Parameter(property = "mpgrade.force", defaultValue = "false")
    private boolean force;

    /** How many processes one program may have at once. */
    @Parameter(property = GradingRequest.MAX_PROCESSES_PROPERTY, defaultValue = "" + BatchOptions.DEFAULT_MAX_PROCESSES)
    private int maxProcesses;

    /** How many processes and threads one submission's grading may have at once before all are killed. */
    @Parameter(property = "mpgrade.maxTasks", defaultValue = "" + BatchOptions.DEFAULT_MAX_TASKS)
    private int maxTasks;

    /** The heap limit of each program's JVMs ({@code -Xmx}). */
    @Parameter(property = "mpgrade.childMaxHeap", defaultValue = BatchOptions.DEFAULT_CHILD_MAX_HEAP)
    private String childMaxHeap;

    /** The heap limit of each grader JVM ({@code -Xmx}). */
    @Parameter(property = "mpgrade.graderMaxHeap", defaultValue = BatchOptions.DEFAULT_GRADER_MAX_HEAP)
    private String graderMaxHeap;

    /** A CSV with the columns submission,login,name: who each submission is in the LMS files. */
    @Parameter(property = "mpgrade.roster")
    private File roster;

    /** The assignment's name in the LMS files (an existing Canvas assignment or Moodle grade item, or a new one). */
    @Parameter(property = "mpgrade.lmsAssignment", defaultValue = BatchOptions.DEFAULT_LMS_ASSIGNMENT)
    private String lmsAssignment;

    @Override
    public void execute() throws MojoExecutionException {
        BatchSettings settings = new BatchSettings(graderSettings(), submissions, out, parallel, shard, force,
                maxProcesses, maxTasks, childMaxHeap, graderMaxHeap, roster, lmsAssignment);
        try {
            settings.validate();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("mpgrade cannot grade the batch: " + e.getMessage(), e);
        }
        GraderClassPath grader = resolveGrader();
        BatchOptions options;
        try {
            options = settings.toOptions(grader, sandbox());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new MojoExecutionException("mpgrade cannot grade the batch: " + e.getMessage(), e);
        }
        getLog().info("Grading the submissions in " + submissions + " with " + graderTests() + ", "
                + options.parallelism() + " at a time" + (shard == null ? "" : ", shard " + options.shard())
                + (options.schedules() == null ? "" : ", " + options.schedules() + " schedules per property"));
        BatchGrading.Result result;
        try {
            result = new BatchGrading(options, new ConsoleProgress(System.out, ConsoleProgress.stdoutIsTerminal(),
                    System::nanoTime, Duration.ofSeconds(1))).run();
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new MojoExecutionException("mpgrade cannot grade the batch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("the batch was interrupted", e);
        }
        getLog().info("");
        BatchSummary.markdown(result.records(), options.sandbox().protections()).lines().forEach(getLog()::info);
        Path outFolder = out.toPath();
        getLog().info("Graded " + result.graded() + ", kept " + result.reused() + " unchanged, in "
                + ConsoleProgress.minutesSeconds(result.elapsed()) + ". Gradebook: "
                + outFolder.resolve(Gradebook.FILE_NAME));
    }
}
