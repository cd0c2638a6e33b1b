import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

def it = evaluate(new File(itDirectory, 'results.groovy'))
def reports = new File(basedir, 'target/mpgrade')
def result = it.result(basedir)

// result.json, per the assignment contract section 4
it.check(result.score == 100 && result.maxScore == 100, "the reference scores 100/100, not ${result.score}/${result.maxScore}")
it.check(result.exercises*.id == ['philosophers', 'thread-philosophers', 'counter', 'pingpong'], "exercises: ${result.exercises*.id}")
result.exercises.each { exercise ->
    it.check(exercise.keySet().containsAll(['id', 'score', 'maxScore', 'checks']), "exercise fields: ${exercise.keySet()}")
    it.check(exercise.score == exercise.checks.sum { it.score }, "${exercise.id}: its score is the sum of its checks'")
    exercise.checks.each { check ->
        it.check(check.keySet().containsAll(['id', 'score', 'maxScore', 'passed', 'message', 'seed']), "check fields: ${check.keySet()}")
        it.check(check.passed && check.score == check.maxScore, "${exercise.id}/${check.id} passes: ${check.message}")
    }
}
it.check(result.coverage.totalLines > 0 && new File(reports, result.coverage.report).isFile(), "coverage: ${result.coverage}")

// Gradescope's results.json
def gradescope = new JsonSlurper().parse(new File(reports, 'gradescope/results.json'))
it.check(gradescope.score == 100 && gradescope.execution_time instanceof Number, "gradescope: ${gradescope.score}, ${gradescope.execution_time}")
it.check(gradescope.tests.size() == result.exercises.sum { it.checks.size() }, 'one Gradescope test per check')
gradescope.tests.each { test ->
    it.check(test.keySet().containsAll(['name', 'number', 'score', 'max_score', 'status', 'output', 'output_format', 'visibility']),
            "Gradescope test fields: ${test.keySet()}")
    it.check(test.status == 'passed' && test.visibility == 'visible' && test.output_format == 'text', "Gradescope test: $test")
}

// JUnit XML in Surefire's format, one file per exercise
result.exercises.each { exercise ->
    def suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new File(reports, "junit/TEST-mpgrade.${exercise.id}.xml")).documentElement
    it.check(suite.tagName == 'testsuite' && suite.getAttribute('tests') == "${exercise.checks.size()}"
            && suite.getAttribute('failures') == '0', "JUnit suite of ${exercise.id}: ${suite.getAttribute('tests')} tests")
    it.check(suite.getElementsByTagName('testcase').length == exercise.checks.size(), "a testcase per check of ${exercise.id}")
}

// feedback.md, also in the job summary, and GitHub Classroom's notices at the start of a line
it.check(new File(reports, 'feedback.md').text.startsWith('# Grading: 100 / 100 points'), 'feedback.md gives the points')
it.check(new File(basedir, 'step-summary.md').text.startsWith('# Grading: 100 / 100 points'), 'the job summary has the feedback')
def log = it.log(basedir)
it.check(log =~ /(?m)^::notice title=Autograding complete::Points 100\/100$/, 'the Classroom notice with the points')
it.check(log =~ /(?m)^::notice title=Autograding report::\{"totalPoints":100,"maxPoints":100\}$/, 'the Classroom report notice')
return true
