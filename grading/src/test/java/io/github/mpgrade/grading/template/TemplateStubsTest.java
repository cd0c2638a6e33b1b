package io.github.mpgrade.grading.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each solution region becomes in the student's file: a stub that compiles and says what to write. */
class TemplateStubsTest {
    private static final String FILE = "lab/Example.java";

    /** The template of {@code reference}, which must compile. */
    static String template(String reference) throws Exception {
        String template = TemplateGenerator.generate(Map.of(FILE, reference)).get(FILE);
        assertEquals(List.of(), TemplateCompiler.errors(Map.of(FILE, template), List.of(), "17"));
        return template;
    }

    static List<String> problems(String reference) {
        return assertThrows(TemplateException.class, () -> template(reference)).problems();
    }

    @Test
    void aRegionThatEndsAVoidMethodBecomesAThrowNamingTheMethod() throws Exception {
        assertEquals("""
                class Philosopher {
                    public void run() {
                        throw new UnsupportedOperationException("TODO: write Philosopher.run");
                    }
                }
                """, template("""
                class Philosopher {
                    public void run() {
                        // BEGIN SOLUTION
                        // Even philosophers reach left first: a comment of the solution stays hidden.
                        System.out.println("phil 0 is eating");
                        // END SOLUTION
                    }
                }
                """));
    }

    @Test
    void theTaskAfterTheColonOfTheMarkerBecomesATodoCommentAboveTheThrow() throws Exception {
        assertEquals("""
                class Hello {
                    static void hello(String name) {
                        // TODO: five times: add 1 to counter, Time.sleep(20), print "hello <name> <counter>"
                        throw new UnsupportedOperationException("TODO: write Hello.hello");
                    }
                }
                """, template("""
                class Hello {
                    static void hello(String name) {
                        // BEGIN SOLUTION: five times: add 1 to counter, Time.sleep(20), print "hello <name> <counter>"
                        System.out.println("hello " + name);
                        // END SOLUTION
                    }
                }
                """));
    }

    @Test
    void aRegionFollowedByCodeBecomesATodoCommentSoTheCodeAfterItStillCompiles() throws Exception {
        assertEquals("""
                class DiningTable {
                    public static void main(String[] args) {
                        int n = 5;
                        // TODO: write this part of DiningTable.main
                        System.out.println("done");
                    }
                }
                """, template("""
                class DiningTable {
                    public static void main(String[] args) {
                        int n = 5;
                        // BEGIN SOLUTION
                        for (int i = 0; i < n; i++) {
                            System.out.println(i);
                        }
                        // END SOLUTION
                        System.out.println("done");
                    }
                }
                """));
    }

    @Test
    void variablesOfTheRegionThatTheCodeAfterItUsesStayDeclaredWithADefaultValue() throws Exception {
        assertEquals("""
                class Table {
                    public static void main(String[] args) {
                        // TODO: set the table
                        Object[] philosophers = null;
                        int meals = 0;
                        System.out.println(philosophers.length + " philosophers, " + meals + " meals");
                    }
                }
                """, template("""
                class Table {
                    public static void main(String[] args) {
                        // BEGIN SOLUTION: set the table
                        Object[] philosophers = new Object[5];
                        int meals = 3;
                        int unusedAfterwards = 4;
                        // END SOLUTION
                        System.out.println(philosophers.length + " philosophers, " + meals + " meals");
                    }
                }
                """));
    }

    @Test
    void aRegionAfterCodeAtTheEndOfAMethodAsksForTheRestOfIt() throws Exception {
        assertEquals("""
                class PingPong {
                    static void ping(int rounds) {
                        int done = 0;
                        throw new UnsupportedOperationException("TODO: write the rest of PingPong.ping");
                    }
                }
                """, template("""
                class PingPong {
                    static void ping(int rounds) {
                        int done = 0;
                        // BEGIN SOLUTION
                        done += rounds;
                        // END SOLUTION
                    }
                }
                """));
    }

    @Test
    void aRegionInsideALoopAsksForThisPartOfTheMethod() throws Exception {
        assertEquals("""
                class Loop {
                    void eat(int meals) {
                        for (int meal = 0; meal < meals; meal++) {
                            throw new UnsupportedOperationException("TODO: write this part of Loop.eat");
                        }
                    }
                }
                """, template("""
                class Loop {
                    void eat(int meals) {
                        for (int meal = 0; meal < meals; meal++) {
                            // BEGIN SOLUTION
                            System.out.println(meal);
                            // END SOLUTION
                        }
                    }
                }
                """));
    }

    @Test
    void aMethodThatReturnsAValueThrowsOrWithStubCommentReturnsTheDefaultValueOfItsType() throws Exception {
        assertEquals("""
                class Values {
                    int count() {
                        throw new UnsupportedOperationException("TODO: write Values.count");
                    }

                    boolean ready() {
                        // TODO: write Values.ready
                        return false;
                    }

                    String name() {
                        // TODO: say who you are
                        return null;
                    }
                }
                """, template("""
                class Values {
                    int count() {
                        // BEGIN SOLUTION
                        return 42;
                        // END SOLUTION
                    }

                    boolean ready() {
                        // BEGIN SOLUTION stub=comment
                        return true;
                        // END SOLUTION
                    }

                    String name() {
                        // BEGIN SOLUTION stub=comment: say who you are
                        return "phil";
                        // END SOLUTION
                    }
                }
                """));
    }

    @Test
    void regionsInLambdasConstructorsAndInitializersNameWhereTheyAreAndAnInitializerBlockGetsNoThrow() throws Exception {
        assertEquals("""
                class Places {
                    static int counter;

                    static {
                        // TODO: write the static initializer of Places
                    }

                    Places() {
                        throw new UnsupportedOperationException("TODO: write the constructor of Places");
                    }

                    static void main(String[] args) {
                        Runnable hello = () -> {
                            throw new UnsupportedOperationException("TODO: write the lambda in Places.main");
                        };
                        hello.run();
                    }
                }
                """, template("""
                class Places {
                    static int counter;

                    static {
                        // BEGIN SOLUTION
                        counter = 10;
                        // END SOLUTION
                    }

                    Places() {
                        // BEGIN SOLUTION
                        counter++;
                        // END SOLUTION
                    }

                    static void main(String[] args) {
                        Runnable hello = () -> {
                            // BEGIN SOLUTION
                            System.out.println("hello");
                            // END SOLUTION
                        };
                        hello.run();
                    }
                }
                """));
    }

    @Test
    void theInitialValueOfAFieldOrVariableBecomesTheDefaultValueOfItsType() throws Exception {
        assertEquals("""
                class Counter {
                    static int counter =
                            0 // TODO: give counter its initial value
                            ;

                    void count() {
                        java.util.List<String> names =
                                null // TODO: list the names
                                ;
                        System.out.println(counter + " " + names);
                    }
                }
                """, template("""
                class Counter {
                    static int counter =
                            // BEGIN SOLUTION
                            10
                            // END SOLUTION
                            ;

                    void count() {
                        java.util.List<String> names =
                                // BEGIN SOLUTION: list the names
                                java.util.List.of("world", "myself")
                                // END SOLUTION
                                ;
                        System.out.println(counter + " " + names);
                    }
                }
                """));
    }

    @Test
    void aRegionOfMembersBecomesATodoCommentInTheClassBody() throws Exception {
        assertEquals("""
                class Philosopher {
                    private final int id = 0;

                    // TODO: add the fields and methods Philosopher needs
                }
                """, template("""
                class Philosopher {
                    private final int id = 0;

                    // BEGIN SOLUTION
                    private int meals;

                    private void eat() {
                        meals++;
                    }
                    // END SOLUTION
                }
                """));
    }

    @Test
    void aFileWithoutMarkersIsCopiedAsIs() throws Exception {
        String reference = "class Untouched {\r\n  int   odd  =  1 ;\n\n}";
        assertEquals(reference, template(reference));
    }

    @Test
    void aLongTaskWrapsSoThatTheStubEndsByColumn100() throws Exception {
        assertEquals("""
                class Philosopher {
                    public void run() {
                        // TODO: eat meals times: take both forks, print "phil <id> is eating", Time.sleep(20), put
                        //       both forks back, print "phil <id> is thinking", Time.sleep(10)
                        throw new UnsupportedOperationException("TODO: write Philosopher.run");
                    }
                }
                """, template("""
                class Philosopher {
                    public void run() {
                        // BEGIN SOLUTION: eat meals times: take both forks, print "phil <id> is eating", \
                Time.sleep(20), put both forks back, print "phil <id> is thinking", Time.sleep(10)
                        System.out.println("eating");
                        // END SOLUTION
                    }
                }
                """));
    }

    @Test
    void windowsLineEndsAreKept() throws Exception {
        assertEquals("class A {\r\n  void f() {\r\n    throw new UnsupportedOperationException(\"TODO: write A.f\");\r\n"
                        + "  }\r\n}\r\n",
                template("class A {\r\n  void f() {\r\n    // BEGIN SOLUTION\r\n    f();\r\n    // END SOLUTION\r\n"
                        + "  }\r\n}\r\n"));
    }

    @Test
    void stubThrowBeforeCodeThatFollowsIsAnErrorBecauseThatCodeWouldBeUnreachable() {
        assertEquals(List.of(FILE + ":3: stub=throw would make the code after END SOLUTION unreachable: use"
                + " stub=comment, or leave the option out"), problems("""
                class A {
                    void f() {
                        // BEGIN SOLUTION stub=throw
                        f();
                        // END SOLUTION
                        System.out.println("done");
                    }
                }
                """));
    }

    @Test
    void aStubOptionOnARegionOfMembersIsAnError() {
        assertEquals(List.of(FILE + ":2: stub=throw applies to a region of statements; this one holds members"),
                problems("""
                        class A {
                            // BEGIN SOLUTION stub=throw
                            int meals;
                            // END SOLUTION
                        }
                        """));
    }

    @Test
    void aRegionThatCutsAStatementIsAnError() {
        assertEquals(List.of(FILE + ":4: the region cuts the if at lines 3-6: a region holds whole statements"),
                problems("""
                        class A {
                            void f(boolean hungry) {
                                if (hungry) {
                                    // BEGIN SOLUTION
                                    f(false);
                                }
                                // END SOLUTION
                            }
                        }
                        """));
    }

    @Test
    void aRegionInsideAnExpressionOtherThanAnInitialValueIsAnError() {
        assertEquals(List.of(FILE + ":4: a solution region holds whole statements, whole members or the initial"
                + " value of a variable; this one cuts into a method invocation at lines 3-7"), problems("""
                class A {
                    void f(int meals) {
                        f(
                            // BEGIN SOLUTION
                            5
                            // END SOLUTION
                        );
                    }
                }
                """));
    }

    @Test
    void aVarThatTheCodeAfterTheRegionUsesIsAnErrorBecauseItsDeclarationCannotBeKept() {
        assertEquals(List.of(FILE + ":4: the code after END SOLUTION uses forks, so the template keeps its"
                + " declaration: declare it with its type instead of var"), problems("""
                class A {
                    void f() {
                        // BEGIN SOLUTION
                        var forks = new Object[5];
                        // END SOLUTION
                        System.out.println(forks.length);
                    }
                }
                """));
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        TemplateException problems = assertThrows(TemplateException.class, () -> TemplateGenerator.generate(Map.of(
                "lab/A.java", "class A {\n// END SOLUTION\n}\n",
                "lab/B.java", "class B {\n// BEGIN SOLUTION\n}\n")));
        assertEquals(List.of("lab/A.java:2: END SOLUTION without a BEGIN SOLUTION before it",
                "lab/B.java:2: BEGIN SOLUTION has no END SOLUTION"), problems.problems().stream().sorted().toList());
    }
}
