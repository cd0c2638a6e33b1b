package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static final List<String> NAMES = IntStream.range(0, 300).mapToObj(i -> "student" + i).toList();

    @Test
    void parsesKOverN() {
        assertEquals(new Shard(2, 3), Shard.parse(" 2/3 "));
        assertEquals("2/3", Shard.parse("2/3").toString());
    }

    @Test
    void rejectsWhatIsNotAShardWithTheFormToUse() {
        IllegalArgumentException notAFraction = assertThrows(IllegalArgumentException.class, () -> Shard.parse("2"));
        assertTrue(notAFraction.getMessage().contains("-Dmpgrade.shard=1/2"), notAFraction.getMessage());
        IllegalArgumentException zeroBased = assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/2"));
        assertTrue(zeroBased.getMessage().contains("1 <= k <= n"), zeroBased.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("3/2"));
    }

    @Test
    void everySubmissionIsInExactlyOneShard() {
        for (String name : NAMES) {
            int shards = 0;
            for (int k = 1; k <= 3; k++) {
                shards += new Shard(k, 3).contains(name) ? 1 : 0;
            }
            assertEquals(1, shards, name);
        }
    }

    @Test
    void aSubmissionStaysInItsShardWhateverElseIsInTheFolder() {
        // The shard depends on the name alone: adding a late submission moves no other one.
        // sha256("alice") starts 2bd806c97f0e00af; that as an unsigned number, mod 4, is 3: shard 4.
        assertEquals(4, Shard.bucketOf("alice", 4), "SHA-256 of the name: the same on every machine");
    }

    @Test
    void shardsAreOfSimilarSize() {
        List<Integer> sizes = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Shard shard = new Shard(k, 2);
            sizes.add((int) NAMES.stream().filter(shard::contains).count());
        }
        assertTrue(sizes.stream().allMatch(size -> size > 120 && size < 180), sizes.toString());
    }

    @Test
    void theWholeBatchHoldsEverything() {
        assertTrue(NAMES.stream().allMatch(Shard.ALL::contains));
    }
}
