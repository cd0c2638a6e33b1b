package io.github.mpgrade.grading.template;

import java.util.List;
import java.util.Optional;

/** Where a solution region sits in the code, which decides what stub keeps the template compiling. */
sealed interface RegionSite {
    /** What the student writes, when the marker does not say: "write Philosopher.run". */
    String defaultTask();

    /**
     * Whole statements of a block.
     *
     * @param noThrow      why a {@code throw} cannot replace the region, if it cannot: code follows it in its
     *                     block, or it ends an initializer block, which must complete normally
     * @param returnValue  the method returns a value and the region ends its body: a comment stub must return one
     * @param declarations declarations, with a default value, of the region's variables that the code after it uses
     */
    record Statements(String defaultTask, Optional<String> noThrow, Optional<String> returnValue,
                      List<String> declarations) implements RegionSite {
    }

    /** Whole members of a class, or whole imports and classes of a file. */
    record Members(String defaultTask) implements RegionSite {
    }

    /** The initial value of a variable: the stub is the default value of its type. */
    record Initializer(String defaultTask, String defaultValue) implements RegionSite {
    }
}
