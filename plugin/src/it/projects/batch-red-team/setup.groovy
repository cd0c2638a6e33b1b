// Two normal submissions of the corpus and every hostile one of this folder; those that kill
// processes outside their own only where bubblewrap's sandbox can be made (without it they would
// kill this build). Writes sandboxed.txt, which verify.groovy reads.
def submissions = evaluate(new File(itDirectory, 'batch-submissions.groovy'))
File corpus = new File(repositoryRoot, 'grader-tests/src/test/resources/corpus')
boolean sandboxed
try {
    Process probe = ['bwrap', '--unshare-all', '--die-with-parent', '--ro-bind', '/', '/', '--proc', '/proc',
                     '--dev', '/dev', '--', 'true'].execute()
    sandboxed = probe.waitFor() == 0
} catch (IOException notInstalled) {
    sandboxed = false
}
new File(basedir, 'sandboxed.txt').text = sandboxed
List<File> overlays = ['correct-reference', 'pp-no-initial-acquire'].collect { new File(corpus, it) }
overlays += basedir.listFiles().findAll { it.isDirectory() && it.name.startsWith('rt-') }.findAll { hostile ->
    Properties expected = new Properties()
    new File(hostile, 'expected.properties').withReader('UTF-8') { expected.load(it) }
    sandboxed || expected.getProperty('sandboxOnly') != 'true'
}
submissions(new File(repositoryRoot), new File(basedir, 'submissions'), overlays)
return true
