package io.github.mpgrade.samples.threads;

/** ThreadHello's bug: main prints the counter without joining the threads that add to it. */
public class HelloWithoutJoin {
    static int counter = 10;

    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) {
            int id = i;
            new Thread(() -> {
                System.out.println("hello from " + id);
                counter += 1;
            }).start();
        }
        System.out.println("counter is : " + counter);
    }
}
