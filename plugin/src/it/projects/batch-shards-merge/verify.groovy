def it = evaluate(new File(itDirectory, 'batch-results.groovy'))
File whole = new File(basedir, 'whole')
File merged = new File(basedir, 'merged')

def rows = it.gradebook(new File(whole, 'gradebook.csv'))
it.check(rows.keySet() as List == ['correct-reference', 'hazard-does-not-compile', 'pp-no-initial-acquire'],
        "every submission graded once: ${rows.keySet()}")
def one = it.gradebook(new File(basedir, 'shards/one/gradebook.csv')).keySet()
def two = it.gradebook(new File(basedir, 'shards/two/gradebook.csv')).keySet()
it.check(!one.isEmpty() && !two.isEmpty() && one.intersect(two).isEmpty() && (one + two) == rows.keySet(),
        "the shards split the submissions: ${one} and ${two}")
['gradebook.csv', 'summary.md', 'canvas.csv', 'moodle.csv'].each { file ->
    it.check(new File(whole, file).getText('UTF-8') == new File(merged, file).getText('UTF-8'),
            "${file} of the merged shards equals the one run's")
}
rows.keySet().each { submission ->
    it.check(new File(merged, "${submission}/feedback.md").getText('UTF-8')
            == new File(whole, "${submission}/feedback.md").getText('UTF-8'), "${submission}'s feedback is the same")
}
it.check(it.processesUnder(basedir).isEmpty(), 'no process of the batches outlives them')
return true
