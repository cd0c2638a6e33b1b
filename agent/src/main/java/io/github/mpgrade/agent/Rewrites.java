package io.github.mpgrade.agent;

/** Whether a class's rewriting changed anything: an unchanged class is left to the JVM as it was. */
final class Rewrites {
    private boolean any;

    void made() {
        any = true;
    }

    boolean any() {
        return any;
    }
}
