def it = evaluate(new File(itDirectory, 'batch-results.groovy'))
File corpus = new File(repositoryRoot, 'grader-tests/src/test/resources/corpus')
Map<String, Integer> maxima = [philosophers: 40, 'thread-philosophers': 15, counter: 20, pingpong: 25]
boolean sandboxed = new File(basedir, 'sandboxed.txt').text.trim() == 'true'

def listed = { Properties expected, String key -> (expected.getProperty(key, '').split(',') as List)*.trim().findAll { it } }
def rows = it.gradebook(new File(basedir, 'grades/gradebook.csv'))
List<File> overlays = new File(basedir, 'submissions').listFiles().findAll { it.isDirectory() }.collect { s ->
    s.name.startsWith('rt-') ? new File(basedir, s.name) : new File(corpus, s.name)
}
it.check(rows.keySet() as List == overlays*.name.sort(), "one row per submission, sorted: ${rows.keySet()}")
overlays.each { overlay ->
    def row = rows[overlay.name]
    Properties expected = new Properties()
    new File(overlay, 'expected.properties').withReader('UTF-8') { expected.load(it) }
    List<String> lose = !sandboxed && expected.containsKey('loseWithoutSandbox')
            ? listed(expected, 'loseWithoutSandbox') : it.lose(overlay)
    List<String> mayLose = listed(expected, 'mayLose') + (sandboxed ? [] : listed(expected, 'mayLoseWithoutSandbox'))
    maxima.each { exercise, max ->
        double points = row[exercise] as double
        if (lose.contains(exercise)) {
            it.check(points < max, "${overlay.name} must lose points in ${exercise}: ${row}")
        } else if (!mayLose.contains(exercise)) {
            it.check(points == max, "${overlay.name} must keep every point of ${exercise}: ${row}")
        }
    }
    it.check(new File(basedir, "grades/${overlay.name}/feedback.md").isFile(), "${overlay.name} has its feedback.md")
}

String summary = new File(basedir, 'grades/summary.md').getText('UTF-8')
it.check(summary.contains(sandboxed ? 'Sandbox (bubblewrap): each submission ran with its own PID namespace' : 'No sandbox:'),
        "the summary says which protections held: ${summary}")
String log = new File(basedir, 'build.log').getText('UTF-8')
it.check(log.contains('Protections: ' + (sandboxed ? 'sandbox (bubblewrap)' : 'no sandbox')), 'and so does the console')
it.check(log.contains('BUILD SUCCESS'), 'the batch completes')
it.check(!new File('/tmp/mpgrade-red-team.txt').exists() || !sandboxed, 'nothing was written in /tmp')
def left = it.processesUnder(basedir)
it.check(left.isEmpty(), "no process of the batch outlives it: ${left}")
it.check(!new File(basedir, 'grades/.work').exists(), 'its scratch space is removed')
return true
