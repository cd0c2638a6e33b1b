def it = evaluate(new File(itDirectory, 'results.groovy'))
def log = it.log(basedir)

it.check(log.contains('COMPILATION ERROR'), "Maven's compiler error is shown")
it.check(log =~ /PingPong\.java:\[7,23\] ';' expected/, 'with the file, line and what is wrong')
it.check(log.contains('mpgrade: your code does not compile, so it was not graded. Fix the first compilation error above'),
        'and what it means for grading, with what to do')
it.check(!new File(basedir, 'target/mpgrade/result.json').exists(), 'no result without grading')
return true
