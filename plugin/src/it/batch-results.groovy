// What the batch integration tests read back: the gradebook's rows, and what each submission's
// expected.properties says it must lose. Evaluating this file gives a map of closures.
return [
    // submission -> [column: value], from gradebook.csv (no field of these tests needs quoting)
    gradebook: { File csv ->
        List<String> lines = csv.readLines('UTF-8')
        List<String> header = lines[0].split(',') as List
        lines.drop(1).collectEntries { line ->
            List<String> cells = line.split(',', -1) as List
            [(cells[0]): [header, cells].transpose().collectEntries { it }]
        }
    },
    // the exercise ids an overlay must lose points in: a hazard names them (lose=), a corpus
    // submission names its failing checks as exercise/check (fail=), whose exercises these are
    lose: { File overlay ->
        Properties expected = new Properties()
        new File(overlay, 'expected.properties').withReader('UTF-8') { expected.load(it) }
        List<String> named = expected.containsKey('lose')
                ? (expected.getProperty('lose').split(',') as List)
                : (expected.getProperty('fail', '').split(',') as List).collect { it.trim().split('/')[0] }
        named.collect { it.trim() }.findAll { it }.unique()
    },
    // processes whose command line names a path under the folder, this JVM's excepted
    processesUnder: { File folder ->
        String path = folder.canonicalPath
        ProcessHandle.allProcesses().filter { it.pid() != ProcessHandle.current().pid() }.filter { p ->
            p.info().commandLine().map { it.contains(path) }.orElse(false)
        }.toList().collect { it.pid() + ' ' + it.info().commandLine().orElse('') }
    },
    check: { condition, String message -> if (!condition) throw new AssertionError(message) },
]
