package io.github.mpgrade.samples.primitives;

import io.github.mpgrade.multiprocessing.Condition;
import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import io.github.mpgrade.multiprocessing.RLock;
import java.time.Duration;

/**
 * A Condition shared by processes. Each waiter reports "waiting" while it holds the lock, just
 * before await() lets go of it, so once main has taken the lock after such a report that waiter
 * is surely inside await(): no signal in this program can be lost, and every line is certain.
 */
public class ConditionSignals {
    public static void main(String[] args) {
        Lock lock = new Lock();
        Condition condition = new Condition(lock);

        System.out.println("await() without the lock: " + outcome(condition::await));
        System.out.println("signal() without the lock: " + outcome(condition::signal));
        System.out.println("signalAll() without the lock: " + outcome(condition::signalAll));

        lock.acquire();
        System.out.println("await(100 ms) with no signal returned " + condition.await(Duration.ofMillis(100)));
        lock.release(); // a Lock refuses a release when unlocked: this proves await took the lock back
        System.out.println("the lock was held again after the timed-out await");

        Queue<String> waiting = new Queue<>();
        Queue<String> woke = new Queue<>();
        Process a = new Process(() -> waiter(lock, condition, waiting, woke));
        Process b = new Process(() -> waiter(lock, condition, waiting, woke));
        a.start();
        b.start();
        waiting.get();
        waiting.get();

        lock.acquire();
        System.out.println("main calls signal()");
        condition.signal();
        lock.release();
        String first = woke.get();
        System.out.println("signal() woke one waiter");
        System.out.println("another waiter woke within 300 ms: " + (woke.get(Duration.ofMillis(300)) != null));

        waiting.get(); // the woken one waits again: now both wait
        lock.acquire();
        System.out.println("main calls signalAll()");
        condition.signalAll();
        lock.release();
        String one = woke.get();
        String other = woke.get();
        System.out.println("signalAll() woke both waiters: " + !one.equals(other));

        waiting.get(); // the waiter first woken only now starts its second wait
        lock.acquire();
        condition.signal();
        lock.release();
        String last = woke.get();
        a.join();
        b.join();
        System.out.println("the last signal() woke the waiter that was not woken first: " + !last.equals(first));

        lock.acquire();
        Process stranger = new Process(() -> System.out.println(
                "signal() by a process that does not hold the lock (main does): " + outcome(condition::signal)));
        stranger.start();
        stranger.join();
        lock.release();

        // await() lets go of an RLock however often it is held, and takes it back as often.
        RLock rlock = new RLock();
        Condition onRLock = new Condition(rlock);
        rlock.acquire();
        rlock.acquire();
        Process signaller = new Process(() -> {
            rlock.acquire(); // possible only while main's await() has let go of both holds
            System.out.println("Process-4 acquired the RLock main holds twice, and signals");
            onRLock.signal();
            rlock.release();
        });
        signaller.start();
        onRLock.await();
        System.out.println("main woke holding the RLock again");
        rlock.release();
        rlock.release();
        try {
            rlock.release();
            System.out.println("a third release returned normally");
        } catch (IllegalStateException e) {
            System.out.println("the RLock was held exactly twice again: a third release throws");
        }
        signaller.join();
    }

    static void waiter(Lock lock, Condition condition, Queue<String> waiting, Queue<String> woke) {
        String me = Process.current().getName();
        for (int round = 0; round < 2; round++) {
            lock.acquire();
            waiting.put(me);
            condition.await();
            woke.put(me);
            lock.release();
        }
    }

    static String outcome(Runnable action) {
        try {
            action.run();
            return "returned normally";
        } catch (IllegalStateException e) {
            return "IllegalStateException: " + e.getMessage();
        }
    }
}
