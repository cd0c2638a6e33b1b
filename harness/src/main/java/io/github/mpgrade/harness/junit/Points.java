package io.github.mpgrade.harness.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a check is worth. A check passes only if every invocation of its test method passes (so
 * a parameterized test with hidden argument variations is all or nothing); a check whose
 * failure could not be reproduced is aborted and keeps its points.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {
    double value();
}
