def it = evaluate(new File(itDirectory, 'results.groovy'))
def result = it.result(basedir)
def log = it.log(basedir)

if (new File('/proc/self/fd').isDirectory()) {
    it.check(log.contains('forged progress line'), 'the forged line reached the console, so the attempt ran during grading')
}
it.check(result.score == 0, "the forgeries did not raise the score: ${result.score}")
it.check(log =~ /(?m)^\[INFO\] total +0\/100$/, 'the total row says 0/100')
it.check(new File(basedir, 'target/mpgrade/gradescope/results.json').text.contains('"score" : 0'), 'Gradescope gets 0')
return true
