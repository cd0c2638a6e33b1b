package io.github.mpgrade.samples.threads;

/** Two workers, started and joined; main's last line comes after both joins. */
public class StartJoin {
    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> System.out.println("worker a"));
        Worker b = new Worker();
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("done, b alive: " + b.isAlive());
    }

    static class Worker extends Thread {
        @Override
        public void run() {
            System.out.println("worker b");
        }
    }
}
