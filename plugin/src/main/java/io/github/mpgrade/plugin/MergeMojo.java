package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.batch.BatchOptions;
import io.github.mpgrade.grading.batch.BatchSummary;
import io.github.mpgrade.grading.batch.Gradebook;
import io.github.mpgrade.grading.batch.LmsExport;
import io.github.mpgrade.grading.batch.ShardMerge;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Combines the outputs of a batch graded in shards ({@code -Dmpgrade.shard=k/n}) into one, as if
 * one run had graded every submission:
 * {@code mvn io.github.mpgrade:mpgrade-maven-plugin:VERSION:merge -Dmpgrade.shards=DIR -Dmpgrade.out=OUT}.
 */
@Mojo(name = "merge", requiresProject = false, threadSafe = true)
public class MergeMojo extends AbstractMojo {
    /** The shards' output folders, or folders that hold them, separated by commas. */
    @Parameter(property = "mpgrade.shards")
    private String shards;

    /** Where the merged gradebook, summary, LMS files and reports go. */
    @Parameter(property = "mpgrade.out")
    private File out;

    /** A CSV with the columns submission,login,name: who each submission is in the LMS files. */
    @Parameter(property = "mpgrade.roster")
    private File roster;

    /** The assignment's name in the LMS files. */
    @Parameter(property = "mpgrade.lmsAssignment", defaultValue = BatchOptions.DEFAULT_LMS_ASSIGNMENT)
    private String lmsAssignment;

    @Override
    public void execute() throws MojoExecutionException {
        if (shards == null || shards.isBlank()) {
            throw new MojoExecutionException("mpgrade cannot merge: set -Dmpgrade.shards to the shards' output folders"
                    + " (separated by commas) or to the folder that holds them");
        }
        if (out == null) {
            throw new MojoExecutionException("mpgrade cannot merge: set -Dmpgrade.out=OUT to where the merged gradebook"
                    + " should go");
        }
        try {
            LmsExport.Roster students = roster == null ? LmsExport.Roster.NONE : LmsExport.Roster.read(roster.toPath());
            List<Path> outputs = ShardMerge.shardOutputs(Arrays.stream(shards.split(","))
                    .map(String::trim).filter(path -> !path.isEmpty()).map(Path::of).toList());
            getLog().info("Merging " + outputs.size() + " shard outputs: " + outputs);
            ShardMerge.merge(outputs, out.toPath(), students, lmsAssignment);
            // The summary as the merge wrote it: with the shards' sandbox, which their manifests tell.
            Files.readAllLines(out.toPath().resolve(BatchSummary.FILE_NAME)).forEach(getLog()::info);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new MojoExecutionException("mpgrade cannot merge: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("mpgrade cannot read the merged summary: " + e.getMessage(), e);
        }
        getLog().info("Gradebook: " + out.toPath().resolve(Gradebook.FILE_NAME));
    }
}
