package io.github.mpgrade.grading.template;

import java.util.List;

/**
 * The reference cannot be turned into a student template, or the template is not what the reference
 * generates. Each problem is one line that starts with {@code file:line:} where a line is known, so
 * an IDE console links it to the source.
 */
public class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public TemplateException(String summary, List<String> problems) {
        super(summary + System.lineSeparator() + String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
