package io.github.mpgrade.grading;

import java.math.BigDecimal;

/** Points as people write them: {@code 5}, {@code 2.5}, {@code 62.5}. */
public final class Scores {
    private Scores() {
    }

    /** At most two decimals, and none for whole numbers. */
    public static String format(double points) {
        return new BigDecimal(points).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
