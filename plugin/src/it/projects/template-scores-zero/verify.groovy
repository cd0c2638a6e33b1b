def it = evaluate(new File(itDirectory, 'results.groovy'))
def exercises = ['philosophers', 'thread-philosophers', 'counter', 'pingpong']
def result = it.result(basedir)
def rows = it.rows(basedir, exercises)
int checks = result.exercises.sum { it.checks.size() }

it.check(it.log(basedir).contains('BUILD SUCCESS'), 'mvn grade succeeds whatever the score')
it.check(result.score == 0 && result.maxScore == 100, "the template scores 0/100, not ${result.score}/${result.maxScore}")
it.check(result.exercises*.id == exercises, "the contract's exercises, in order: ${result.exercises*.id}")
it.check(rows.size() == checks, "one table row per check: ${rows.size()} rows for $checks checks:\n${rows.join('\n')}")
// every check that costs points gets 0 and a reason; a note (0/0) that found nothing has none
rows.each { row -> it.check(row ==~ /.*\s0\/\d+  \S.*/ || row ==~ /.*\s0\/0\s*/, "a row with 0 points and a reason: $row") }
it.check(it.log(basedir) =~ /(?m)^\[INFO\] total +0\/100$/, 'the total row says 0/100')
return true
