package io.github.mpgrade.multiprocessing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.samples.pyapi.ConditionsBarriers;
import io.github.mpgrade.samples.pyapi.LocksValuesArrays;
import io.github.mpgrade.samples.pyapi.Pipes;
import io.github.mpgrade.samples.pyapi.Pools;
import io.github.mpgrade.samples.pyapi.Processes;
import io.github.mpgrade.samples.pyapi.Queues;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CPython's own tests of these classes ({@code Lib/test/_test_multiprocessing.py}), ported to
 * Java: each nested class runs one program of {@code samples.pyapi}, which prints "ok NAME" for
 * every ported test that passed, and each parameter here is one such test.
 */
class PythonPortTest {
    /** One program's run, shared by the checks of a nested class. */
    abstract static class PortedProgram {
        private Programs.Launched program;

        abstract Class<?> main();

        @BeforeAll
        void runTheProgram() throws Exception {
            program = Programs.launch(main());
            program.awaitEnd().assertSucceeded();
        }

        @AfterAll
        void endIt() {
            if (program != null) {
                program.close();
            }
        }

        void passes(String name) {
            List<String> lines = program.lines();
            assertTrue(lines.contains("ok " + name), () -> lines.stream().filter(l -> l.contains(" " + name))
                    .findFirst().orElse(name + " did not run") + "\nall output: " + lines);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class LocksValuesAndArrays extends PortedProgram {
        @Override
        Class<?> main() {
            return LocksValuesArrays.class;
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"lock", "lock_locked_by_another_process", "rlock", "lock_context",
                "rlock_hold_closed_by_another_thread", "semaphore_get_value", "value_with_given_lock",
                "value_with_given_lock_across_processes", "array", "array_from_size", "array_refusals",
                "array_lock_guards_increments"})
        void ported(String name) {
            passes(name);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BoundedAndJoinableQueues extends PortedProgram {
        @Override
        Class<?> main() {
            return Queues.class;
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"put", "put_waits_for_room", "get", "qsize", "maxsize_refused",
                "failed_put_takes_no_slot", "task_done", "task_done_too_often", "join_timeout"})
        void ported(String name) {
            passes(name);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ConditionsAndBarriers extends PortedProgram {
        @Override
        Class<?> main() {
            return ConditionsBarriers.class;
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"notify_n", "waitfor", "waitfor_timeout", "barrier", "wait_return", "action",
                "action_throws", "abort", "reset", "abort_and_reset", "timeout", "default_timeout", "single_thread",
                "barrier_refusals"})
        void ported(String name) {
            passes(name);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PipesAndConnections extends PortedProgram {
        @Override
        Class<?> main() {
            return Pipes.class;
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"connection", "eof_after_messages", "duplex_false", "send_refusals", "broken_pipe",
                "ping_pong"})
        void ported(String name) {
            passes(name);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PoolsOfWorkers extends PortedProgram {
        @Override
        Class<?> main() {
            return Pools.class;
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"active_children_include_workers", "apply", "map", "async", "async_timeout",
                "map_async", "imap", "imap_handle_iterable_exception", "imap_unordered",
                "task_exception_rethrown_as_itself", "unserializable_result", "unserializable_task", "close_and_join",
                "terminate", "pool_refusals", "no_active_children_after_join"})
        void ported(String name) {
            passes(name);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ProcessObjects extends PortedProgram {
        @Override
        Class<?> main() {
            return Processes.class;
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"active_children", "parent_process", "parent_process_of_a_grandchild", "close",
                "daemon_argument", "null_system_out"})
        void ported(String name) {
            passes(name);
        }
    }
}
