package io.github.mpgrade.grading.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns reference sources into student sources: every solution region becomes a stub that compiles.
 * Statements become a {@code throw new UnsupportedOperationException("TODO: …")} when nothing follows
 * them in their block, and a {@code // TODO} comment when code follows (a throw would make it
 * unreachable) or they end an initializer block; members become a {@code // TODO} comment; an initial
 * value becomes its type's default.
 */
final class TemplateGenerator {
    private static final int COMMENT_WIDTH = 100;

    private TemplateGenerator() {
    }

    /**
     * The student version of each source (file name to text, in the same order).
     *
     * @throws TemplateException with every problem of every file: markers that do not pair up, regions
     *                           that cut a statement, stub options that cannot compile
     */
    static Map<String, String> generate(Map<String, String> sources) throws TemplateException {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> linesOf = new LinkedHashMap<>();
        Map<String, List<SolutionRegion>> regionsOf = new LinkedHashMap<>();
        Map<String, String> withRegions = new LinkedHashMap<>();
        sources.forEach((file, source) -> {
            List<String> lines = Arrays.asList(source.split("\r?\n", -1));
            List<SolutionRegion> regions = SolutionMarkers.find(file, lines, problems);
            linesOf.put(file, lines);
            regionsOf.put(file, regions);
            if (!regions.isEmpty()) {
                withRegions.put(file, source);
            }
        });
        Map<String, RegionSites> parsed = RegionSites.parse(withRegions, problems);
        Map<String, String> templates = new LinkedHashMap<>();
        sources.forEach((file, source) -> {
            List<SolutionRegion> regions = regionsOf.get(file);
            if (regions.isEmpty()) {
                templates.put(file, source);
            } else if (parsed.containsKey(file)) {
                String lineEnd = source.contains("\r\n") ? "\r\n" : "\n";
                templates.put(file, String.join(lineEnd, stubbed(file, linesOf.get(file), regions, parsed.get(file),
                        problems)));
            }
        });
        if (!problems.isEmpty()) {
            throw new TemplateException("The reference cannot be turned into a student template:", problems);
        }
        return templates;
    }

    private static List<String> stubbed(String file, List<String> lines, List<SolutionRegion> regions,
                                        RegionSites sites, List<String> problems) {
        List<String> template = new ArrayList<>();
        int next = 0;
        for (SolutionRegion region : regions) {
            template.addAll(lines.subList(next, region.begin() - 1));
            String at = file + ":" + region.begin() + ": ";
            sites.locate(region, problems)
                    .flatMap(site -> stub(region, site, at, problems))
                    .ifPresent(stub -> stub.forEach(line -> template.add(region.indentation() + line)));
            next = region.end();
        }
        template.addAll(lines.subList(next, lines.size()));
        return template;
    }

    private static Optional<List<String>> stub(SolutionRegion region, RegionSite site, String at,
                                               List<String> problems) {
        String task = region.task().orElse(site.defaultTask());
        if (site instanceof RegionSite.Statements statements) {
            StubStyle style = region.style()
                    .orElse(statements.noThrow().isPresent() ? StubStyle.COMMENT : StubStyle.THROW);
            if (style == StubStyle.THROW && statements.noThrow().isPresent()) {
                problems.add(at + "stub=throw " + statements.noThrow().get() + ": use stub=comment, or leave the"
                        + " option out");
                return Optional.empty();
            }
            List<String> lines = new ArrayList<>();
            if (style == StubStyle.THROW) {
                region.task().ifPresent(text -> lines.addAll(todoComment(text, region)));
                lines.add("throw new UnsupportedOperationException(\"TODO: " + site.defaultTask() + "\");");
            } else {
                lines.addAll(todoComment(task, region));
                lines.addAll(statements.declarations());
                statements.returnValue().ifPresent(value -> lines.add("return " + value + ";"));
            }
            return Optional.of(lines);
        }
        if (region.style().isPresent()) {
            problems.add(at + "stub=" + region.style().get().option() + " applies to a region of statements;"
                    + " this one holds " + (site instanceof RegionSite.Members ? "members" : "an initial value"));
            return Optional.empty();
        }
        if (site instanceof RegionSite.Initializer initializer) {
            return Optional.of(List.of(initializer.defaultValue() + " // TODO: " + task));
        }
        return Optional.of(todoComment(task, region));
    }

    /** "// TODO: " and the task, wrapped so that no line of the stub passes column 100. */
    private static List<String> todoComment(String task, SolutionRegion region) {
        int width = Math.max(COMMENT_WIDTH / 2, COMMENT_WIDTH - region.indentation().length());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("// TODO:");
        boolean lineHasWords = false;
        for (String word : task.split("\\s+")) {
            if (lineHasWords && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder("//      ");
            }
            line.append(' ').append(word);
            lineHasWords = true;
        }
        lines.add(line.toString());
        return lines;
    }
}
