package io.github.mpgrade.plugin;

import io.github.mpgrade.grading.batch.BatchOptions;
import io.github.mpgrade.grading.batch.LmsExport;
import io.github.mpgrade.grading.batch.Shard;
import io.github.mpgrade.grading.sandbox.Sandbox;
import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * The batch goal's configuration, checked and turned into {@link BatchOptions}: the part of the
 * mojo worth testing without Maven. Every problem is a sentence naming the property to fix.
 *
 * @param grader           the settings every goal that runs the grader has
 * @param submissions      the folder with one folder per submission ({@code mpgrade.submissions})
 * @param out              where the gradebook and reports go ({@code mpgrade.out})
 * @param parallel         submissions graded at once; 0 for one per core
 * @param shard            {@code k/n}, or null for every submission
 * @param force            grade unchanged submissions again
 * @param maxProcesses     processes per program
 * @param maxTasks         processes and threads per submission
 * @param childMaxHeap     {@code -Xmx} of each program's JVMs
 * @param graderMaxHeap    {@code -Xmx} of each grader JVM
 * @param roster           the CSV mapping submissions to LMS logins, or null
 * @param lmsAssignment    the assignment's name in the LMS files
 */
record BatchSettings(GraderSettings grader, File submissions, File out, int parallel, String shard, boolean force,
                     int maxProcesses, int maxTasks, String childMaxHeap, String graderMaxHeap, File roster,
                     String lmsAssignment) {
    /**
     * Checks what can be checked before the grader is resolved.
     *
     * @throws IllegalArgumentException with a sentence naming the setting that is wrong
     */
    void validate() {
        if (submissions == null) {
            throw new IllegalArgumentException("no submissions to grade: set -Dmpgrade.submissions=DIR to the folder that"
                    + " holds one folder per submission");
        }
        if (out == null) {
            throw new IllegalArgumentException("no output folder: set -Dmpgrade.out=OUT to where the gradebook and the"
                    + " reports should go");
        }
        grader.validate();
        if (parallel < 0) {
            throw new IllegalArgumentException("mpgrade.parallel must be 0 (one submission per core) or more, not "
                    + parallel);
        }
        for (String heap : List.of(childMaxHeap, graderMaxHeap)) {
            if (!heap.toLowerCase(Locale.ROOT).matches("[1-9][0-9]*[kmg]?")) {
                throw new IllegalArgumentException("a heap size (mpgrade.childMaxHeap, mpgrade.graderMaxHeap) is a number"
                        + " with k, m or g, as -Xmx takes it (e.g. 128m), not \"" + heap + "\"");
            }
        }
    }

    /**
     * @throws IllegalArgumentException with a sentence naming the setting that is wrong
     */
    BatchOptions toOptions(GraderClassPath graderClassPath, Sandbox sandbox) {
        validate();
        BatchOptions.Builder options = BatchOptions.builder(submissions.toPath(), out.toPath(),
                        graderClassPath.entries(), List.of(graderClassPath.runtime()))
                .checksPackage(grader.checksPackage())
                .force(force)
                .maxProcesses(maxProcesses)
                .maxTasks(maxTasks)
                .childMaxHeap(childMaxHeap)
                .graderMaxHeap(graderMaxHeap)
                .seed(grader.seed())
                .schedules(grader.schedules())
                .lmsAssignment(lmsAssignment)
                .sandbox(sandbox);
        grader.timeLimit().ifPresent(options::timeLimit);
        grader.javaExecutable().ifPresent(options::javaExecutable);
        if (parallel > 0) {
            options.parallelism(parallel);
        }
        if (shard != null && !shard.isBlank()) {
            options.shard(Shard.parse(shard));
        }
        if (roster != null) {
            if (!roster.isFile()) {
                throw new IllegalArgumentException("the roster (mpgrade.roster) " + roster + " is not a file: give a CSV"
                        + " with the columns submission,login,name");
            }
            options.roster(LmsExport.Roster.read(roster.toPath()));
        }
        return options.build();
    }
}
