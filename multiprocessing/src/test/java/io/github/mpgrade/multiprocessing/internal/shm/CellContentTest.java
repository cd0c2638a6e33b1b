package io.github.mpgrade.multiprocessing.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.mpgrade.multiprocessing.internal.client.Payloads;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What fits a Value's cell, and how the coordinator shows a drained content. */
class CellContentTest {
    private static final List<Object> FITTING = Arrays.asList(null, true, (byte) -7, (short) 300, 'é', '\0', -42,
            Long.MIN_VALUE, 1.5f, Float.NaN, -0.0, Double.MAX_VALUE, Double.NaN);

    @Test
    void everyBoxedPrimitiveAndNullFitsAndComesBackEqualFromItsBits() {
        for (Object value : FITTING) {
            CellContent content = CellContent.of(value);
            assertEquals(value, content.value(content.bits(value)), String.valueOf(value));
        }
    }

    @Test
    void theCoordinatorShowsADrainedContentAsTheProcessShowsItsValue() {
        for (Object value : FITTING) {
            CellContent content = CellContent.of(value);
            assertEquals(Payloads.show(value), content.show(content.bits(value)));
        }
    }

    @Test
    void anyOtherClassDoesNotFit_notEvenANumber() {
        for (Object value : List.of("1", new int[] {1}, BigInteger.ONE, new AtomicInteger(1), List.of(1))) {
            assertNull(CellContent.of(value), value.getClass().getName());
        }
    }

    @Test
    void aCodeNoRuntimeWritesIsNoContent() {
        assertNull(CellContent.ofCode(-1));
        assertNull(CellContent.ofCode(CellContent.values().length));
        assertEquals(CellContent.DOUBLE, CellContent.ofCode(CellContent.DOUBLE.ordinal()));
    }
}
