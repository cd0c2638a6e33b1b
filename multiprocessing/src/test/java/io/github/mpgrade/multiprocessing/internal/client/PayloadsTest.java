package io.github.mpgrade.multiprocessing.internal.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What crosses between processes comes back equal, in the short form where it has one. */
class PayloadsTest {
    @Test
    void nullBoxedPrimitivesAndStringsTakeTheShortFormAndComeBackEqual() {
        List<Object> values = Arrays.asList(null, true, false, (byte) -7, (short) 300, 'x', '\uD83D',
                Integer.MIN_VALUE, 42, Long.MAX_VALUE, -0.0f, Float.NaN, 1.5, Double.NEGATIVE_INFINITY, "",
                "ping 10", "\uD83D lone surrogate and é", "x".repeat(100_000));
        for (Object value : values) {
            byte[] bytes = Payloads.toBytes(value, "the value");
            assertTrue(SimplePayload.isSimple(bytes), () -> value + " in the short form");
            Object back = Payloads.fromBytes(bytes);
            assertEquals(value, back, () -> "a " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        assertEquals(9, Payloads.toBytes(42, "the value").length, "a code and 8 bytes of content");
    }

    @Test
    void everythingElseIsASerializationStream_whoseFirstByteNoShortFormHas() {
        ArrayList<Object> list = new ArrayList<>(List.of(1, "two", 3L));
        byte[] bytes = Payloads.toBytes(list, "the item");
        assertArrayEquals(new byte[] {(byte) 0xAC, (byte) 0xED}, Arrays.copyOf(bytes, 2));
        assertFalse(SimplePayload.isSimple(bytes));
        assertEquals(list, Payloads.fromBytes(bytes));
        int[] array = {1, 2, 3};
        assertArrayEquals(array, Payloads.<int[]>fromBytes(Payloads.toBytes(array, "the item")));
    }

    @Test
    void aShortFormOfNoKnownKindIsRefusedWithAReason() {
        IllegalStateException odd = assertThrows(IllegalStateException.class,
                () -> Payloads.fromBytes(new byte[] {0x1f, 0, 0, 0, 0, 0, 0, 0, 0}));
        assertTrue(odd.getMessage().contains("no runtime writes"), odd.getMessage());
        IllegalStateException torn = assertThrows(IllegalStateException.class,
                () -> Payloads.fromBytes(new byte[] {0x20, 0, 65, 0}));
        assertTrue(torn.getMessage().contains("not whole UTF-16 units"), torn.getMessage());
    }
}
