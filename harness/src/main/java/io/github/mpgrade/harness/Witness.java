package io.github.mpgrade.harness;

/**
 * A failing run and whether replaying its schedule reproduced it. Only a confirmed witness may
 * cost a student points; an unconfirmed one is reported as "could not be reproduced".
 *
 * @param run       the failing run
 * @param confirmed whether every replay reproduced it exactly
 * @param note      how it was checked, or why it was not confirmed
 */
public record Witness(Run run, boolean confirmed, String note) {
    static Witness confirmed(Run run, int times) {
        return new Witness(run, true, "replayed " + times + " times with the same event log");
    }

    static Witness unconfirmed(Run run, String why) {
        return new Witness(run, false, "could not be reproduced: " + why);
    }
}
