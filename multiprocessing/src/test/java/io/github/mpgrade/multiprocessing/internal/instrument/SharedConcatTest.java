package io.github.mpgrade.multiprocessing.internal.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;

/** Every process's fresh classes link their concatenations to the handles the first one made. */
class SharedConcatTest {
    /** What javac gives {@code "phil " + id + " is eating"}: the recipe's \1 marks where an argument goes. */
    private static final String RECIPE = "phil \u0001 is eating";
    private static final MethodType INT_TO_STRING = MethodType.methodType(String.class, int.class);

    private static CallSite link(MethodHandles.Lookup caller, MethodType type, String recipe) throws Exception {
        return SharedConcat.makeConcatWithConstants(caller, "makeConcatWithConstants", type, recipe);
    }

    @Test
    void twoClassesWithTheSameConcatenation_shareOneHandle_thatJoinsAsTheJdksDoes() throws Throwable {
        CallSite first = link(MethodHandles.lookup(), INT_TO_STRING, RECIPE);
        CallSite second = link(MethodHandles.lookup().in(Other.class), INT_TO_STRING, RECIPE);
        assertSame(first.getTarget(), second.getTarget());
        assertEquals("phil 3 is eating", (String) second.getTarget().invokeExact(3));
    }

    @Test
    void anotherRecipe_getsItsOwnHandle() throws Throwable {
        CallSite eating = link(MethodHandles.lookup(), INT_TO_STRING, RECIPE);
        CallSite thinking = link(MethodHandles.lookup(), INT_TO_STRING, "phil \u0001 is thinking");
        assertNotSame(eating.getTarget(), thinking.getTarget());
        assertEquals("phil 4 is thinking", (String) thinking.getTarget().invokeExact(4));
    }

    @Test
    void aConcatenationOfAProgramsType_isLinkedForItsCallerAlone() throws Throwable {
        MethodType ofProgramType = MethodType.methodType(String.class, Other.class);
        CallSite first = link(MethodHandles.lookup(), ofProgramType, "fork \u0001");
        CallSite second = link(MethodHandles.lookup(), ofProgramType, "fork \u0001");
        assertNotSame(first.getTarget(), second.getTarget());
        assertEquals("fork left", (String) second.getTarget().invokeExact(new Other()));
    }

    private static final class Other {
        @Override
        public String toString() {
            return "left";
        }
    }
}
