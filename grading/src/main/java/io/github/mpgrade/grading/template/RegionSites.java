package io.github.mpgrade.grading.template;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;

/**
 * Places solution regions in the syntax tree of their file (javac's own parser, so every Java the JDK
 * accepts is understood) and tells what each region is: statements, members or an initial value.
 */
final class RegionSites {
    private final String file;
    private final String source;
    private final CompilationUnitTree unit;
    private final SourcePositions positions;

    private RegionSites(String file, String source, CompilationUnitTree unit, SourcePositions positions) {
        this.file = file;
        this.source = source;
        this.unit = unit;
        this.positions = positions;
    }

    /**
     * Parses every source (file name to text) in one javac run. A file that does not parse is left out
     * and its syntax errors are added to {@code problems}.
     */
    static Map<String, RegionSites> parse(Map<String, String> sources, List<String> problems) {
        if (sources.isEmpty()) {
            return Map.of(); // javac refuses a run without sources
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<SourceText> files = sources.entrySet().stream()
                .map(entry -> new SourceText(entry.getKey(), entry.getValue()))
                .toList();
        JavacTask task = (JavacTask) TemplateCompiler.javac().getTask(null, null, diagnostics, List.of("-proc:none"), null, files);
        Iterable<? extends CompilationUnitTree> units;
        try {
            units = task.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> unparsable = new HashSet<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                String name = diagnostic.getSource().getName();
                unparsable.add(name);
                problems.add(name + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT));
            }
        }
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        Map<String, RegionSites> parsed = new HashMap<>();
        for (CompilationUnitTree unit : units) {
            String name = unit.getSourceFile().getName();
            if (!unparsable.contains(name)) {
                parsed.put(name, new RegionSites(name, sources.get(name), unit, positions));
            }
        }
        return parsed;
    }

    /** What {@code region} holds, or empty when it cannot be stubbed (the reason added to {@code problems}). */
    Optional<RegionSite> locate(SolutionRegion region, List<String> problems) {
        TreePath deepest = deepestCovering(region);
        Tree leaf = deepest.getLeaf();
        String at = file + ":" + region.begin() + ": ";
        if (leaf instanceof BlockTree block) {
            return statements(block, deepest, region, at, problems);
        }
        if (leaf instanceof ClassTree type) {
            return members(type.getMembers(), "add the fields and methods " + className(deepest) + " needs",
                    region, at, problems);
        }
        if (leaf instanceof CompilationUnitTree) {
            List<Tree> children = new ArrayList<>(unit.getImports());
            children.addAll(unit.getTypeDecls());
            return members(children, "add the imports and classes this file needs", region, at, problems);
        }
        if (leaf instanceof VariableTree variable && variable.getInitializer() != null
                && firstLine(variable.getInitializer()) > region.begin()
                && lastLine(variable.getInitializer()) < region.end()) {
            return initializer(variable, at, problems);
        }
        problems.add(at + "a solution region holds whole statements, whole members or the initial value of a"
                + " variable; this one cuts into a " + kind(leaf) + " at lines " + firstLine(leaf) + "-" + lastLine(leaf));
        return Optional.empty();
    }

    private Optional<RegionSite> statements(BlockTree block, TreePath path, SolutionRegion region, String at,
                                            List<String> problems) {
        List<StatementTree> before = new ArrayList<>();
        List<StatementTree> inside = new ArrayList<>();
        List<StatementTree> after = new ArrayList<>();
        for (StatementTree statement : block.getStatements()) {
            int first = firstLine(statement);
            int last = lastLine(statement);
            if (last < region.begin()) {
                before.add(statement);
            } else if (first > region.end()) {
                after.add(statement);
            } else if (first > region.begin() && last < region.end()) {
                inside.add(statement);
            } else {
                problems.add(at + "the region cuts the " + kind(statement) + " at lines " + first + "-" + last
                        + ": a region holds whole statements");
                return Optional.empty();
            }
        }
        Tree owner = path.getParentPath().getLeaf();
        boolean blockIsABody = owner instanceof MethodTree || owner instanceof LambdaExpressionTree
                || owner instanceof ClassTree;
        String enclosing = enclosing(path);
        String task;
        if (!blockIsABody || !after.isEmpty()) {
            task = "write this part of " + enclosing;
        } else {
            task = before.isEmpty() ? "write " + enclosing : "write the rest of " + enclosing;
        }
        Optional<String> returnValue = Optional.empty();
        if (owner instanceof MethodTree method && after.isEmpty() && returnsValue(method)) {
            returnValue = Optional.of(defaultValue(method.getReturnType()));
        }
        Set<String> usedAfter = identifiers(after);
        List<String> declarations = new ArrayList<>();
        for (StatementTree statement : inside) {
            if (statement instanceof VariableTree variable && usedAfter.contains(variable.getName().toString())) {
                Tree type = variable.getType();
                if (type == null || text(type).equals("var")) {
                    problems.add(file + ":" + firstLine(variable) + ": the code after END SOLUTION uses "
                            + variable.getName() + ", so the template keeps its declaration: declare it with its"
                            + " type instead of var");
                    return Optional.empty();
                }
                declarations.add(text(type) + " " + variable.getName() + " = " + defaultValue(type) + ";");
            }
        }
        Optional<String> noThrow = Optional.empty();
        if (!after.isEmpty()) {
            noThrow = Optional.of("would make the code after END SOLUTION unreachable");
        } else if (owner instanceof ClassTree) {
            noThrow = Optional.of("cannot end an initializer block, which must complete normally");
        }
        return Optional.of(new RegionSite.Statements(task, noThrow, returnValue, declarations));
    }

    private Optional<RegionSite> members(List<? extends Tree> children, String task, SolutionRegion region,
                                         String at, List<String> problems) {
        for (Tree child : children) {
            int first = firstLine(child);
            int last = lastLine(child);
            boolean outside = last < region.begin() || first > region.end();
            boolean inside = first > region.begin() && last < region.end();
            if (!outside && !inside) {
                problems.add(at + "the region cuts the " + kind(child) + " at lines " + first + "-" + last
                        + ": a region holds whole members");
                return Optional.empty();
            }
        }
        return Optional.of(new RegionSite.Members(task));
    }

    private Optional<RegionSite> initializer(VariableTree variable, String at, List<String> problems) {
        Tree type = variable.getType();
        if (type == null || text(type).equals("var")) {
            problems.add(at + "the template keeps the declaration of " + variable.getName()
                    + " with a default value: declare it with its type instead of var");
            return Optional.empty();
        }
        return Optional.of(new RegionSite.Initializer("give " + variable.getName() + " its initial value",
                defaultValue(type)));
    }

    /** The innermost tree that holds both marker lines (markers are comments, so no tree starts on them). */
    private TreePath deepestCovering(SolutionRegion region) {
        TreePath[] deepest = {new TreePath(unit)};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree == null || !covers(tree, region)) {
                    return null;
                }
                deepest[0] = new TreePath(getCurrentPath(), tree);
                return super.scan(tree, unused);
            }
        }.scan(deepest[0], null);
        return deepest[0];
    }

    private boolean covers(Tree tree, SolutionRegion region) {
        long start = positions.getStartPosition(unit, tree);
        long end = positions.getEndPosition(unit, tree);
        return start >= 0 && end > start && firstLine(tree) <= region.begin() && lastLine(tree) >= region.end();
    }

    /** "Philosopher.run", "the constructor of Philosopher", "the lambda in Hello.main"... */
    private String enclosing(TreePath path) {
        boolean inLambda = false;
        Tree inner = null;
        for (TreePath at = path; at != null; at = at.getParentPath()) {
            Tree leaf = at.getLeaf();
            String name = null;
            if (leaf instanceof LambdaExpressionTree) {
                inLambda = true;
            } else if (leaf instanceof MethodTree method) {
                name = method.getName().contentEquals("<init>")
                        ? "the constructor of " + className(at)
                        : className(at) + "." + method.getName();
            } else if (leaf instanceof ClassTree) {
                if (inner instanceof BlockTree block) {
                    name = (block.isStatic() ? "the static initializer of " : "the initializer of ") + className(at);
                } else {
                    name = "the initial value of " + className(at) + "." + ((VariableTree) inner).getName();
                }
            }
            if (name != null) {
                return inLambda ? "the lambda in " + name : name;
            }
            inner = leaf;
        }
        throw new IllegalStateException(file + ": a block of statements outside any class");
    }

    private static String className(TreePath path) {
        for (TreePath at = path; at != null; at = at.getParentPath()) {
            if (at.getLeaf() instanceof ClassTree type && !type.getSimpleName().isEmpty()) {
                return type.getSimpleName().toString();
            }
        }
        throw new IllegalStateException("no named class around " + path.getLeaf().getKind());
    }

    private static Set<String> identifiers(List<? extends Tree> trees) {
        Set<String> names = new HashSet<>();
        TreeScanner<Void, Void> scanner = new TreeScanner<>() {
            @Override
            public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                names.add(identifier.getName().toString());
                return null;
            }
        };
        trees.forEach(tree -> scanner.scan(tree, null));
        return names;
    }

    private static boolean returnsValue(MethodTree method) {
        Tree type = method.getReturnType();
        return type != null
                && !(type instanceof PrimitiveTypeTree primitive && primitive.getPrimitiveTypeKind() == TypeKind.VOID);
    }

    private static String defaultValue(Tree type) {
        if (!(type instanceof PrimitiveTypeTree primitive)) {
            return "null";
        }
        return switch (primitive.getPrimitiveTypeKind()) {
            case BOOLEAN -> "false";
            case LONG -> "0L";
            case FLOAT -> "0.0f";
            case DOUBLE -> "0.0";
            case CHAR -> "'\\0'";
            default -> "0";
        };
    }

    private static String kind(Tree tree) {
        return tree.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String text(Tree tree) {
        return source.substring((int) positions.getStartPosition(unit, tree), (int) positions.getEndPosition(unit, tree));
    }

    private int firstLine(Tree tree) {
        return (int) unit.getLineMap().getLineNumber(positions.getStartPosition(unit, tree));
    }

    private int lastLine(Tree tree) {
        // The end position is just past the tree's last character.
        return (int) unit.getLineMap().getLineNumber(positions.getEndPosition(unit, tree) - 1);
    }
}
