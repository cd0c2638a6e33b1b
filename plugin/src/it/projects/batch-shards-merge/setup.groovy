def submissions = evaluate(new File(itDirectory, 'batch-submissions.groovy'))
File corpus = new File(repositoryRoot, 'grader-tests/src/test/resources/corpus')
File hazards = new File(itDirectory, 'projects/batch-corpus/hazards')
submissions(new File(repositoryRoot), new File(basedir, 'submissions'),
        [new File(corpus, 'correct-reference'), new File(corpus, 'pp-no-initial-acquire'),
         new File(hazards, 'hazard-does-not-compile')])
return true
