package io.github.mpgrade.plugin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The goals as Maven sees them, from the plugin descriptor the build generates and the lifecycle
 * in components.xml: which phase each runs, and the property and default of each setting.
 */
class PluginDescriptorTest {
    private static Document read(String resource) throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream(resource)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static Element mojo(String goal) throws Exception {
        NodeList mojos = read("/META-INF/maven/plugin.xml").getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (text(mojo, "goal").equals(goal)) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal);
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    /** Each configured parameter: "expression default". */
    private static Map<String, String> settings(Element mojo) {
        Map<String, String> settings = new HashMap<>();
        NodeList configuration = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
        for (int i = 0; i < configuration.getLength(); i++) {
            if (configuration.item(i) instanceof Element e) {
                settings.put(e.getTagName(), (e.getTextContent() + " " + e.getAttribute("default-value")).trim());
            }
        }
        return settings;
    }

    @Test
    void gradeCompilesFirstAndCheckRunsAtVerify() throws Exception {
        Element grade = mojo("grade");
        Element check = mojo("check");

        assertAll(
                () -> assertEquals("test-compile", text(grade, "executePhase")),
                () -> assertEquals("test", text(grade, "requiresDependencyResolution")),
                () -> assertEquals("", text(check, "executePhase"), "check forks no lifecycle"),
                () -> assertEquals("verify", text(check, "phase")),
                () -> assertEquals("true", text(grade, "threadSafe")));
    }

    @Test
    void everySettingHasItsPropertyAndDefault() throws Exception {
        for (String goal : new String[] {"grade", "check"}) {
            Map<String, String> settings = settings(mojo(goal));
            assertAll(goal,
                    () -> assertEquals("${mpgrade.graderTests} io.github.mpgrade:grader-tests:${plugin.version}",
                            settings.get("graderTests")),
                    () -> assertEquals("${mpgrade.checksPackage} io.github.mpgrade.assignment", settings.get("checksPackage")),
                    () -> assertEquals("${mpgrade.timeLimit}", settings.get("timeLimit"), "the default is the core's"),
                    () -> assertEquals("${mpgrade.seed}", settings.get("seed")),
                    () -> assertEquals("${mpgrade.schedules}", settings.get("schedules"), "the default is the harness's"),
                    () -> assertEquals("${mpgrade.failBelow}", settings.get("failBelow")),
                    () -> assertEquals("${mpgrade.jdk}", settings.get("jdk")),
                    () -> assertEquals("${mpgrade.coverage} true", settings.get("coverage")),
                    () -> assertEquals("${mpgrade.coverageIncludes} lab.*", settings.get("coverageIncludes")),
                    () -> assertEquals("${mpgrade.skip} false", settings.get("skip")),
                    () -> assertEquals("${project.build.outputDirectory}", settings.get("classesDirectory")),
                    () -> assertEquals("${mpgrade.outputDirectory} ${project.build.directory}/mpgrade",
                            settings.get("outputDirectory")));
        }
    }

    @Test
    void batchAndMergeNeedNoProject() throws Exception {
        for (String goal : new String[] {"batch", "merge"}) {
            Element mojo = mojo(goal);
            assertAll(goal,
                    () -> assertEquals("false", text(mojo, "requiresProject")),
                    () -> assertEquals("", text(mojo, "executePhase")),
                    () -> assertEquals("true", text(mojo, "threadSafe")));
        }
    }

    @Test
    void batchSettingsHaveTheirPropertiesAndDefaults() throws Exception {
        Map<String, String> batch = settings(mojo("batch"));
        Map<String, String> merge = settings(mojo("merge"));
        assertAll(
                () -> assertEquals("${mpgrade.submissions}", batch.get("submissions")),
                () -> assertEquals("${mpgrade.out}", batch.get("out")),
                () -> assertEquals("${mpgrade.graderTests} io.github.mpgrade:grader-tests:${plugin.version}",
                        batch.get("graderTests")),
                () -> assertEquals("${mpgrade.parallel} 0", batch.get("parallel")),
                () -> assertEquals("${mpgrade.shard}", batch.get("shard")),
                () -> assertEquals("${mpgrade.force} false", batch.get("force")),
                () -> assertEquals("${mpgrade.timeLimit}", batch.get("timeLimit"), "the default is the core's"),
                () -> assertEquals("${mpgrade.seed}", batch.get("seed")),
                () -> assertEquals("${mpgrade.schedules}", batch.get("schedules"), "the default is the harness's"),
                () -> assertEquals("${mpgrade.jdk}", batch.get("jdk")),
                () -> assertEquals("${mpgrade.maxProcesses} 32", batch.get("maxProcesses")),
                () -> assertEquals("${mpgrade.maxTasks} 1500", batch.get("maxTasks")),
                () -> assertEquals("${mpgrade.childMaxHeap} 128m", batch.get("childMaxHeap")),
                () -> assertEquals("${mpgrade.graderMaxHeap} 256m", batch.get("graderMaxHeap")),
                () -> assertEquals("${mpgrade.roster}", batch.get("roster")),
                () -> assertEquals("${mpgrade.lmsAssignment} mpgrade", batch.get("lmsAssignment")),
                () -> assertEquals("${mpgrade.shards}", merge.get("shards")),
                () -> assertEquals("${mpgrade.out}", merge.get("out")),
                () -> assertEquals("${mpgrade.lmsAssignment} mpgrade", merge.get("lmsAssignment")));
    }

    @Test
    void everyGoalThatRunsTheGraderHasItsSettingsAlike() throws Exception {
        Map<String, String> grade = settings(mojo("grade"));
        for (String goal : new String[] {"check", "batch"}) {
            Map<String, String> settings = settings(mojo(goal));
            for (String setting : new String[] {"graderTests", "checksPackage", "timeLimit", "seed", "jdk", "schedules"}) {
                assertEquals(grade.get(setting), settings.get(setting), goal + " " + setting);
            }
        }
    }

    @Test
    void theGradeLifecycleRunsThisPluginsGradeGoal() throws Exception {
        Document components = read("/META-INF/plexus/components.xml");
        Element lifecycle = (Element) components.getElementsByTagName("component").item(0);
        Element grade = (Element) lifecycle.getElementsByTagName("default-phases").item(0);

        assertAll(
                () -> assertEquals("org.apache.maven.lifecycle.Lifecycle", text(lifecycle, "role")),
                () -> assertEquals("grade", text(lifecycle, "id")),
                () -> assertEquals("grade", text(lifecycle, "phase")),
                () -> assertEquals("io.github.mpgrade:mpgrade-maven-plugin:" + text(mojo("grade").getOwnerDocument()
                        .getDocumentElement(), "version") + ":grade", text(grade, "grade")));
    }
}
