// What the integration tests read back: result.json, and the console table in build.log.
// Evaluating this file gives a map of closures.
import groovy.json.JsonSlurper

return [
    result: { File basedir -> new JsonSlurper().parse(new File(basedir, 'target/mpgrade/result.json')) },
    log: { File basedir -> new File(basedir, 'build.log').getText('UTF-8') },
    // The table's rows: "[INFO] <exercise>  <check>  <points>  <reason>", one per check.
    rows: { File basedir, List<String> exercises ->
        new File(basedir, 'build.log').readLines('UTF-8')
            .collect { it.replaceFirst(/^\[INFO\] /, '') }
            .findAll { line -> exercises.any { line.startsWith(it + ' ') } }
    },
    // Groovy truth: a regex match that finds something, a true boolean, a non-empty collection.
    check: { condition, String message -> if (!condition) throw new AssertionError(message) },
]
