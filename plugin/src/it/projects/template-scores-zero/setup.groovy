def studentProject = evaluate(new File(itDirectory, 'student-project.groovy'))
return studentProject(basedir, new File(repositoryRoot), null)
