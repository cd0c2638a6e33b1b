package io.github.mpgrade.harness.programs;

/** A thread whose run() throws: Java prints its stack trace and the process still exits with 0. */
public class ThreadFailure {
    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(ThreadFailure::work);
        worker.start();
        worker.join();
        System.out.println("main done");
    }

    private static void work() {
        throw new IllegalStateException("the worker gave up");
    }
}
