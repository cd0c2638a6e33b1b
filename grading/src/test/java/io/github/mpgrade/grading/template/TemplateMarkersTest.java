package io.github.mpgrade.grading.template;

import static io.github.mpgrade.grading.template.TemplateStubsTest.problems;
import static io.github.mpgrade.grading.template.TemplateStubsTest.template;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Solution markers pair up like nbgrader's: {@code // BEGIN SOLUTION [stub=throw|comment][: task]} to
 * {@code // END SOLUTION}, each on a line of its own. Anything else that looks like a marker is an error
 * naming the file and line, because a marker the generator skipped would hand the solution to students.
 */
class TemplateMarkersTest {
    private static final String FILE = "lab/Example.java";

    @Test
    void aBeginInsideARegionIsAnErrorBecauseRegionsDoNotNest() {
        assertEquals(List.of(FILE + ":4: BEGIN SOLUTION inside the region opened at line 3: regions do not nest"),
                problems("""
                        class A {
                            void f() {
                                // BEGIN SOLUTION
                                // BEGIN SOLUTION
                                f();
                                // END SOLUTION
                            }
                        }
                        """));
    }

    @Test
    void anEndWithoutABeginIsAnError() {
        assertEquals(List.of(FILE + ":3: END SOLUTION without a BEGIN SOLUTION before it"), problems("""
                class A {
                    void f() {
                        // END SOLUTION
                    }
                }
                """));
    }

    @Test
    void aBeginWithoutAnEndIsAnErrorAtTheBegin() {
        assertEquals(List.of(FILE + ":3: BEGIN SOLUTION has no END SOLUTION"), problems("""
                class A {
                    void f() {
                        // BEGIN SOLUTION
                        f();
                    }
                }
                """));
    }

    @Test
    void aMarkerThatIsNotALineOfItsOwnIsAnError() {
        String notAMarker = ": this line mentions a solution marker but is not one: a marker is a line of its own,"
                + " \"// BEGIN SOLUTION\" or \"// END SOLUTION\"";
        assertEquals(List.of(FILE + ":3" + notAMarker, FILE + ":5" + notAMarker, FILE + ":6" + notAMarker),
                problems("""
                        class A {
                            void f() {
                                f(); // BEGIN SOLUTION
                                f();
                                /* END SOLUTION */
                                // begin solution
                            }
                        }
                        """));
    }

    @Test
    void anUnknownOptionOrStubStyleIsAnError() {
        assertEquals(List.of(
                FILE + ":3: unknown marker option \"hidden=yes\": the only option is stub=throw or stub=comment, and"
                        + " the task for the student goes after a colon",
                FILE + ":6: stub=raise is not a stub style: use stub=throw or stub=comment"), problems("""
                class A {
                    void f() {
                        // BEGIN SOLUTION hidden=yes
                        f();
                        // END SOLUTION
                        // BEGIN SOLUTION stub=raise
                        f();
                        // END SOLUTION
                    }
                }
                """));
    }

    @Test
    void anEndWithTextIsAnError() {
        assertEquals(List.of(FILE + ":5: END SOLUTION takes no options or text, found \"of f\""), problems("""
                class A {
                    void f() {
                        // BEGIN SOLUTION
                        f();
                        // END SOLUTION of f
                    }
                }
                """));
    }

    @Test
    void markersMayHaveAnySpacingAfterTheSlashesAndEveryRegionOfAFileIsStubbed() throws Exception {
        assertEquals("""
                class A {
                    void f() {
                        // TODO: call f
                        g();
                    }

                    void g() {
                        throw new UnsupportedOperationException("TODO: write A.g");
                    }
                }
                """, template("""
                class A {
                    void f() {
                        //BEGIN SOLUTION   stub=comment :  call f
                        f();
                        //END SOLUTION
                        g();
                    }

                    void g() {
                        //    BEGIN SOLUTION
                        g();
                        //    END SOLUTION
                    }
                }
                """));
    }
}
