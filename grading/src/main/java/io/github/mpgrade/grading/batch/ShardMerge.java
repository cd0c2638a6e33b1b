package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.sandbox.Protection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Combines the outputs of the shards of one batch ({@code -Dmpgrade.shard=k/n}, k = 1..n) into one
 * output, as if one run had graded every submission: each submission's folder is copied, and the
 * gradebook, summary and LMS files are written from all records. The merged output is itself a
 * batch output of shard 1/1, so a later unsharded run can reuse its results.
 */
public final class ShardMerge {
    private ShardMerge() {
    }

    /**
     * Finds the shard outputs among these paths: each is a shard's output folder, or a folder
     * holding shard output folders (what a CI job downloads its artifacts into).
     */
    public static List<Path> shardOutputs(List<Path> paths) {
        List<Path> outputs = new ArrayList<>();
        for (Path path : paths) {
            if (BatchManifest.isBatchOutput(path)) {
                outputs.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(BatchManifest::isBatchOutput).sorted().forEach(outputs::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
                }
            } else {
                throw new IllegalArgumentException("mpgrade.shards: " + path + " is not a folder: give the shard output"
                        + " folders, or the folder that holds them, separated by commas");
            }
        }
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("mpgrade.shards=" + paths + " holds no shard output (a folder with "
                    + BatchManifest.FILE_NAME + "): point it at the OUT folders of the batch runs with -Dmpgrade.shard=k/n");
        }
        return outputs;
    }

    /**
     * Merges the shard outputs into {@code out}.
     *
     * @throws IllegalArgumentException when a shard is missing or twice there, or the shards were
     *                                  graded by different graders or with different shard counts
     */
    public static List<SubmissionRecord> merge(List<Path> shardOutputs, Path out, LmsExport.Roster roster,
                                               String lmsAssignment) {
        Map<Integer, Path> byIndex = new TreeMap<>();
        Map<Integer, BatchManifest> manifests = new TreeMap<>();
        int count = -1;
        String graderVersion = null;
        for (Path shardOutput : shardOutputs) {
            BatchManifest manifest = BatchManifest.read(shardOutput);
            if (count == -1) {
                count = manifest.shard().count();
                graderVersion = manifest.graderVersion();
            } else if (manifest.shard().count() != count) {
                throw new IllegalArgumentException("the shards split the batch differently: " + shardOutput + " is shard "
                        + manifest.shard() + ", another is of " + count + ". Merge the outputs of one run of n shards.");
            } else if (!manifest.graderVersion().equals(graderVersion)) {
                throw new IllegalArgumentException("the shards were graded by different graders or settings ("
                        + shardOutput + " differs): grade every shard again with the same grader, then merge.");
            }
            Path other = byIndex.put(manifest.shard().index(), shardOutput);
            if (other != null) {
                throw new IllegalArgumentException("shard " + manifest.shard() + " is there twice: " + other + " and "
                        + shardOutput + ". Give each shard's output once.");
            }
            manifests.put(manifest.shard().index(), manifest);
        }
        int n = count;
        List<Integer> missing = IntStream.rangeClosed(1, n).filter(k -> !byIndex.containsKey(k)).boxed().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the merge lacks shard" + (missing.size() == 1 ? " " : "s ")
                    + missing.stream().map(k -> k + "/" + n).collect(Collectors.joining(", "))
                    + ": grade it (-Dmpgrade.shard=k/" + n + ") and give its output too.");
        }
        BatchGrading.createFolder(out);
        List<SubmissionRecord> records = new ArrayList<>();
        Map<String, Path> seen = new TreeMap<>();
        for (Map.Entry<Integer, BatchManifest> entry : manifests.entrySet()) {
            Path shardOutput = byIndex.get(entry.getKey());
            for (String submission : entry.getValue().submissions()) {
                Path earlier = seen.put(submission, shardOutput);
                if (earlier != null) {
                    throw new IllegalArgumentException("the submission " + submission + " was graded by two shards ("
                            + earlier + " and " + shardOutput + "): were the submissions folders the same for every shard?");
                }
                Path folder = shardOutput.resolve(submission);
                records.add(SubmissionRecord.read(folder).orElseThrow(() -> new IllegalArgumentException(
                        folder + " has no " + SubmissionRecord.FILE_NAME + ": the shard's batch did not finish; run it again")));
                copyFolder(folder, out.resolve(submission));
            }
        }
        List<SubmissionRecord> sorted = Gradebook.sorted(records);
        // One grader version means one sandbox: its protections are part of the settings it is a hash of.
        Set<Protection> protections = manifests.values().iterator().next().protections();
        BatchGrading.writeOutputs(sorted, out, roster, lmsAssignment, protections);
        BatchManifest.of(Shard.ALL, graderVersion, protections, sorted).write(out);
        return sorted;
    }

    private static void copyFolder(Path from, Path to) {
        if (from.toAbsolutePath().normalize().equals(to.toAbsolutePath().normalize())) {
            return; // merging into one of the shard outputs: its folders are in place
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
