package io.github.mpgrade.samples.threads;

/** A thread ends the whole process with System.exit(3) while main waits for it. */
public class ExitInThread {
    public static void main(String[] args) throws InterruptedException {
        Thread quitter = new Thread(() -> {
            System.out.println("quitting");
            System.exit(3);
        });
        quitter.start();
        quitter.join();
        System.out.println("never printed");
    }
}
