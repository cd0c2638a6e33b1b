def submissions = evaluate(new File(itDirectory, 'batch-submissions.groovy'))
File corpus = new File(repositoryRoot, 'grader-tests/src/test/resources/corpus')
List<File> overlays = ['correct-reference', 'correct-butler-semaphore', 'phil-symmetric-forks', 'pp-no-initial-acquire',
                       'counter-hello-without-processes'].collect { new File(corpus, it) }
overlays += new File(basedir, 'hazards').listFiles().findAll { it.isDirectory() }
submissions(new File(repositoryRoot), new File(basedir, 'submissions'), overlays)
return true
