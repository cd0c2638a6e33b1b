package io.github.mpgrade.harness;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged text as a run's signature compares it: what a program printed may name what differs
 * from JVM to JVM even when the schedule is the same, and that part is replaced by a
 * placeholder. An identity hash ({@code [I@1b6d3586}, {@code Object.toString}), the number and
 * address of a lambda's class ({@code Main$$Lambda$14/0x0000000800c03000}), and the pid of a
 * process of the run ({@code <Process name='Process-1' pid=4711 started>}), but never a line of code
 * in a stack trace ({@code Main.java:24}): in a sandbox's PID namespace pids are that small.
 */
final class SignatureText {
    /** {@code @} and up to 8 hex digits, right after a character a class name ends with. */
    private static final Pattern IDENTITY_HASH = Pattern.compile("(?<=[\\w$;\\]])@[0-9a-f]{1,8}(?![0-9A-Za-z])");
    private static final Pattern LAMBDA_CLASS = Pattern.compile("\\$\\$Lambda(\\$\\d+)?(/0x[0-9a-f]+)?");
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d+(?![0-9A-Za-z])");

    private SignatureText() {
    }

    /**
     * @param text the logged text, or null
     * @param pids the pid of each process of the run, and its name
     */
    static String of(String text, Map<Long, String> pids) {
        if (text == null) {
            return null;
        }
        String stable = LAMBDA_CLASS.matcher(text).replaceAll("\\$\\$Lambda");
        stable = IDENTITY_HASH.matcher(stable).replaceAll("@<hash>");
        if (pids.isEmpty()) {
            return stable;
        }
        Matcher number = NUMBER.matcher(stable);
        StringBuilder result = new StringBuilder();
        while (number.find()) {
            boolean lineOfCode = stable.startsWith(".java:", number.start() - ".java:".length());
            String process = lineOfCode ? null : pids.get(parse(number.group()));
            number.appendReplacement(result, Matcher.quoteReplacement(
                    process == null ? number.group() : "<pid of " + process + ">"));
        }
        return number.appendTail(result).toString();
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return -1;
        }
    }
}
