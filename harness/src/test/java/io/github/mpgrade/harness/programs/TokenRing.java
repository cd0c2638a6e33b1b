package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Queue;
import java.util.ArrayList;
import java.util.List;

/**
 * A token passed round a ring of processes, each printing when it holds it. Arguments: variant,
 * processes, rounds. {@code queues}: the token is a number that travels through one queue per
 * process. {@code locks}: member i may go once it gets lock i, which its left neighbour releases
 * (main holds all but the first at the start). {@code threads}: as {@code locks}, with the members
 * threads of the main process, which joins each in turn and says so (a join ends outside the
 * library while other members still pass the token).
 */
public class TokenRing {

    static void viaQueues(int me, Queue<Integer> mine, Queue<Integer> next, int rounds) {
        for (int round = 0; round < rounds; round++) {
            int token = mine.get();
            System.out.println("member " + me + " has token " + token);
            next.put(token + 1);
        }
    }

    static void viaLocks(int me, Lock mine, Lock next, int rounds) {
        for (int round = 0; round < rounds; round++) {
            mine.acquire();
            System.out.println("member " + me + " has the token in round " + round);
            next.release();
        }
    }

    public static void main(String[] args) {
        String variant = args[0];
        int members = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        if (variant.equals("threads")) {
            threadRing(members, rounds);
            return;
        }
        List<Process> ring = new ArrayList<>();
        Queue<Integer> last = null;
        if (variant.equals("queues")) {
            List<Queue<Integer>> queues = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                queues.add(new Queue<>());
            }
            for (int i = 0; i < members; i++) {
                int me = i;
                Queue<Integer> mine = queues.get(i);
                Queue<Integer> next = queues.get((i + 1) % members);
                ring.add(new Process(() -> viaQueues(me, mine, next, rounds)));
            }
            queues.get(0).put(0);
            last = queues.get(0);
        } else {
            List<Lock> locks = lockedRing(members);
            for (int i = 0; i < members; i++) {
                int me = i;
                Lock mine = locks.get(i);
                Lock next = locks.get((i + 1) % members);
                ring.add(new Process(() -> viaLocks(me, mine, next, rounds)));
            }
        }
        ring.forEach(Process::start);
        ring.forEach(Process::join);
        System.out.println(last == null ? "ring done" : "ring done, token " + last.get());
    }

    private static void threadRing(int members, int rounds) {
        List<Lock> locks = lockedRing(members);
        List<Thread> ring = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            int me = i;
            Lock mine = locks.get(i);
            Lock next = locks.get((i + 1) % members);
            ring.add(new Thread(() -> viaLocks(me, mine, next, rounds)));
        }
        ring.forEach(Thread::start);
        for (int i = 0; i < members; i++) {
            try {
                ring.get(i).join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            System.out.println("member " + i + " left the ring");
        }
    }

    /** One lock per member, all but the first's taken. */
    private static List<Lock> lockedRing(int members) {
        List<Lock> locks = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Lock lock = new Lock();
            if (i > 0) {
                lock.acquire();
            }
            locks.add(lock);
        }
        return locks;
    }
}
