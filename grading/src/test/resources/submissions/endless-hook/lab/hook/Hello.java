package lab.hook;

import io.github.mpgrade.multiprocessing.Process;

/** A hostile submission in miniature: main greets from a process, then adds a shutdown hook that never ends. */
public class Hello {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ignored) {
                    // deaf to interrupts: the JVM can only be killed
                }
            }
        }));
        Process greeter = new Process(() -> System.out.println("hello"));
        greeter.start();
        greeter.join();
    }
}
