package io.github.mpgrade.harness.programs;

import io.github.mpgrade.multiprocessing.Connection;
import io.github.mpgrade.multiprocessing.Pipe;
import io.github.mpgrade.multiprocessing.Process;

/** A ping-pong whose first message nobody sends: both ends wait in recv. */
public class PipeBothReceive {
    public static void main(String[] args) {
        Pipe<String> pipe = new Pipe<>();
        Connection<String> mine = pipe.first();
        Connection<String> theirs = pipe.second();
        Process pong = new Process(() -> {
            String ping = theirs.recv();
            theirs.send(ping + " pong");
        });
        pong.start();
        System.out.println(mine.recv()); // should have sent "ping" first
        pong.join();
    }
}
