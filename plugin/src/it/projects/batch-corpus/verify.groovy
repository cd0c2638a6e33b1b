def it = evaluate(new File(itDirectory, 'batch-results.groovy'))
File corpus = new File(repositoryRoot, 'grader-tests/src/test/resources/corpus')
Map<String, Integer> maxima = [philosophers: 40, 'thread-philosophers': 15, counter: 20, pingpong: 25]

def rows = it.gradebook(new File(basedir, 'grades/gradebook.csv'))
List<File> overlays = new File(basedir, 'submissions').listFiles().findAll { it.isDirectory() }.collect { s ->
    File hazard = new File(basedir, "hazards/${s.name}")
    hazard.isDirectory() ? hazard : new File(corpus, s.name)
}
it.check(rows.keySet() as List == overlays*.name.sort(), "one row per submission, sorted: ${rows.keySet()}")
overlays.each { overlay ->
    def row = rows[overlay.name]
    List<String> lose = it.lose(overlay)
    maxima.each { exercise, max ->
        double points = row[exercise] as double
        if (lose.contains(exercise)) {
            it.check(points < max, "${overlay.name} must lose points in ${exercise}: ${row}")
        } else {
            it.check(points == max, "${overlay.name} must keep every point of ${exercise}: ${row}")
        }
    }
    it.check(row.maxScore == '100', "${overlay.name}: the maximum is the assignment's 100 whatever happened: ${row}")
    it.check(new File(basedir, "grades/${overlay.name}/result.json").isFile(), "${overlay.name} has its result.json")
    it.check(new File(basedir, "grades/${overlay.name}/feedback.md").isFile(), "${overlay.name} has its feedback.md")
}

it.check(rows['hazard-does-not-compile'].score == '0', 'a submission that does not compile scores 0')
String feedback = new File(basedir, 'grades/hazard-does-not-compile/feedback.md').getText('UTF-8')
it.check(feedback =~ /lab\/pingpong\/PingPong\.java:\d+: error: ';' expected/, "its feedback quotes the compiler: ${feedback}")
String summary = new File(basedir, 'grades/summary.md').getText('UTF-8')
it.check(summary.contains('| hazard-does-not-compile | The submission does not compile (1 error): |'),
        "the summary lists it with why: ${summary}")
it.check(summary.contains('## Most-failed checks'), 'the summary has the most-failed checks')
it.check(new File(basedir, 'grades/canvas.csv').readLines()[0] == 'Student,ID,SIS User ID,SIS Login ID,Section,Lab',
        'the Canvas file has its header')

String log = new File(basedir, 'build.log').getText('UTF-8')
it.check(log.contains("Grading ${overlays.size()} submissions"), 'the progress names how many')
it.check(log =~ /\[ ?\d+\/${overlays.size()}\] hazard-never-ends /, 'and each submission as it finishes')
it.check(log.contains('BUILD SUCCESS'), 'the batch completes')
def left = it.processesUnder(basedir)
it.check(left.isEmpty(), "no process of the batch outlives it: ${left}")
it.check(!new File(basedir, 'grades/.work').exists(), 'its scratch space is removed')
return true
