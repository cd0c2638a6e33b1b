package io.github.mpgrade.multiprocessing.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a value is shown in the event log ({@link Payloads#show}): by its content, never by an identity hash. */
class ValueTextTest {
    private static final Pattern IDENTITY_HASH = Pattern.compile("@[0-9a-f]{4,}");

    /** Keeps Object's toString and hashCode. */
    static final class Opaque implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int weight;

        Opaque(int weight) {
            this.weight = weight;
        }
    }

    record Pair(int[] numbers, String label) implements Serializable {
    }

    record Named(int[] numbers) implements Serializable {
        @Override
        public String toString() {
            return "Named with " + numbers.length;
        }
    }

    @Test
    void stringsNumbersEnumsAndNullAreShownAsTheirToStringSays() {
        assertEquals("text", Payloads.show("text"));
        assertEquals("42", Payloads.show(42));
        assertEquals("2.5", Payloads.show(2.5));
        assertEquals("c", Payloads.show('c'));
        assertEquals("MONDAY", Payloads.show(DayOfWeek.MONDAY));
        assertEquals("null", Payloads.show(null));
    }

    @Test
    void arraysAreShownElementByElementAsDeepToStringDoes() {
        assertEquals("[1, 2, 3]", Payloads.show(new int[] {1, 2, 3}));
        assertEquals("[a, b]", Payloads.show(new char[] {'a', 'b'}));
        assertEquals("[]", Payloads.show(new long[0]));
        int[][] nested = {{1}, {2, 3}};
        assertEquals(Arrays.deepToString(nested), Payloads.show(nested));
        Object[] mixed = {"a", new double[] {0.5}, null, new String[] {"b"}};
        assertEquals(Arrays.deepToString(mixed), Payloads.show(mixed));
    }

    @Test
    void recordsAndCollectionsShowTheArraysInThemByContent() {
        assertEquals("Pair[numbers=[1, 2], label=x]", Payloads.show(new Pair(new int[] {1, 2}, "x")));
        assertEquals("[[1], x]", Payloads.show(List.of(new int[] {1}, "x")));
        Map<String, int[]> map = new LinkedHashMap<>();
        map.put("a", new int[] {1});
        map.put("b", new int[] {2, 3});
        assertEquals("{a=[1], b=[2, 3]}", Payloads.show(map));
    }

    @Test
    void aRecordWithAToStringOfItsOwnKeepsIt() {
        assertEquals("Named with 2", Payloads.show(new Named(new int[] {1, 2})));
    }

    @Test
    void anObjectWithoutToStringIsShownAsItsClassAndADigestOfItsSerializedContent() {
        String one = Payloads.show(new Opaque(1));
        assertTrue(one.matches(Pattern.quote(Opaque.class.getName()) + "#[0-9a-f]{8}"), one);
        assertEquals(one, Payloads.show(new Opaque(1)), "another object with the same content");
        assertNotEquals(one, Payloads.show(new Opaque(2)));
    }

    @Test
    void aLambdaIsNamedWithoutItsNumberOrAddress() {
        Runnable task = (Runnable & Serializable) () -> { };
        String shown = Payloads.show(task);
        assertTrue(shown.matches(Pattern.quote(ValueTextTest.class.getName()) + "\\$\\$Lambda#[0-9a-f]{8}"), shown);
    }

    @Test
    void aHashSetOfObjectsWithIdentityHashesIsShownInTheOrderOfTheirTexts() {
        Set<Object> some = new HashSet<>();
        Set<Object> others = new HashSet<>();
        for (int i = 0; i < 300; i++) { // more than the text shows: which come first must not depend on hashes
            some.add(new Opaque(i));
            others.add(new Opaque(299 - i));
        }
        List<String> texts = new ArrayList<>();
        some.forEach(o -> texts.add(Payloads.show(o)));
        texts.sort(null);
        String shown = Payloads.show(some);
        assertEquals(shown, Payloads.show(others));
        assertTrue(shown.startsWith("[" + texts.get(0) + ", " + texts.get(1)), shown);
    }

    @Test
    void aHugeValueIsCutAndDigested_soTwoThatDifferOnlyPastTheCutStillDiffer() {
        int[] big = new int[1_000_000];
        int[] other = new int[1_000_000];
        other[999_999] = 1;
        String shown = Payloads.show(big);
        assertTrue(shown.startsWith("[0, 0, 0"), shown);
        assertTrue(shown.matches("\\[[0, ]{199}…#[0-9a-f]{8}"), shown);
        assertNotEquals(shown, Payloads.show(other));
    }

    @Test
    void aCollectionThatContainsItselfIsShownOnce() {
        List<Object> self = new ArrayList<>();
        self.add(1);
        self.add(self);
        assertEquals("[1, [...]]", Payloads.show(self));
    }

    @Test
    void aToStringThatThrowsGivesTheClassName() {
        Object broken = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };
        assertEquals(broken.getClass().getName(), Payloads.show(broken));
    }

    @Test
    void noIdentityHashIsEverShown() {
        for (Object value : List.of(new int[] {1}, new Opaque(3), List.of(new Opaque(4)), new Object[] {new Opaque(5)},
                new Pair(new int[0], "p"), Map.of("k", new Opaque(6)))) {
            String shown = Payloads.show(value);
            assertFalse(IDENTITY_HASH.matcher(shown).find(), shown);
        }
    }
}
