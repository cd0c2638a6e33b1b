package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging shard outputs, from records as batches write them (grading itself is in BatchGradingTest). */
class ShardMergeTest {
    @TempDir
    Path temp;

    /** Writes a shard output holding these submissions, each with its record and a feedback file. */
    private Path shard(String folder, Shard shard, String graderVersion, String... submissions) throws Exception {
        Path out = Files.createDirectories(temp.resolve(folder));
        List<SubmissionRecord> records = new java.util.ArrayList<>();
        for (String name : submissions) {
            SubmissionRecord record = SubmissionFolders.record(name, name.length() * 10,
                    Map.of("counter", name.length() * 10.0), List.of("counter/hello"));
            record.write(out.resolve(name));
            Files.writeString(out.resolve(name).resolve("feedback.md"), "# " + name);
            records.add(record);
        }
        BatchManifest.of(shard, graderVersion, Set.of(), records).write(out);
        return out;
    }

    @Test
    void theMergedGradebookHoldsEveryShardsRowsInOrder() throws Exception {
        shard("shards/shard-2", new Shard(2, 2), "g", "bea", "dora");
        shard("shards/shard-1", new Shard(1, 2), "g", "al", "cy");
        Path out = temp.resolve("merged");
        List<SubmissionRecord> merged = ShardMerge.merge(ShardMerge.shardOutputs(List.of(temp.resolve("shards"))), out,
                LmsExport.Roster.NONE, "lab");
        assertEquals(List.of("al", "bea", "cy", "dora"), merged.stream().map(SubmissionRecord::submission).toList());
        assertEquals(List.of("al,20,100,0,0,20,0", "bea,30,100,0,0,30,0", "cy,20,100,0,0,20,0", "dora,40,100,0,0,40,0"),
                Files.readAllLines(out.resolve("gradebook.csv")).subList(1, 5));
        assertEquals("# dora", Files.readString(out.resolve("dora/feedback.md")), "each submission's folder is copied");
        assertTrue(Files.isRegularFile(out.resolve("summary.md")));
        assertTrue(Files.isRegularFile(out.resolve("canvas.csv")));
        assertEquals(Shard.ALL, BatchManifest.read(out).shard(), "the merge is the whole batch");
    }

    @Test
    void aMissingShardIsNamed() throws Exception {
        Path first = shard("s1", new Shard(1, 3), "g", "al");
        Path third = shard("s3", new Shard(3, 3), "g", "cy");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ShardMerge.merge(List.of(first, third), temp.resolve("out"), LmsExport.Roster.NONE, "lab"));
        assertEquals("the merge lacks shard 2/3: grade it (-Dmpgrade.shard=k/3) and give its output too.",
                missing.getMessage());
    }

    @Test
    void shardsOfDifferentGradersAreNotMerged() throws Exception {
        Path first = shard("s1", new Shard(1, 2), "grader-1", "al");
        Path second = shard("s2", new Shard(2, 2), "grader-2", "bea");
        IllegalArgumentException different = assertThrows(IllegalArgumentException.class,
                () -> ShardMerge.merge(List.of(first, second), temp.resolve("out"), LmsExport.Roster.NONE, "lab"));
        assertTrue(different.getMessage().startsWith("the shards were graded by different graders"), different.getMessage());
    }

    @Test
    void aShardGivenTwiceIsAnError() throws Exception {
        Path first = shard("a", new Shard(1, 2), "g", "al");
        Path again = shard("b", new Shard(1, 2), "g", "al");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> ShardMerge.merge(List.of(first, again), temp.resolve("out"), LmsExport.Roster.NONE, "lab"));
        assertTrue(twice.getMessage().startsWith("shard 1/2 is there twice"), twice.getMessage());
    }

    @Test
    void aFolderWithoutShardsSaysWhatToGive() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> ShardMerge.shardOutputs(List.of(empty)));
        assertTrue(none.getMessage().contains("holds no shard output"), none.getMessage());
    }
}
