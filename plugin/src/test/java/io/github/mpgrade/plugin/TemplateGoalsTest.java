package io.github.mpgrade.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code release-template} writes the student template from the reference module's sources;
 * {@code check-template}, bound to {@code verify}, fails the build when the committed template drifts
 * from them or does not compile.
 */
class TemplateGoalsTest {
    private static final String REFERENCE = """
            package lab;

            public class Ping {
                public static void main(String[] args) {
                    // BEGIN SOLUTION: print ping
                    System.out.println("ping");
                    // END SOLUTION
                }
            }
            """;

    @TempDir
    Path module;

    @BeforeEach
    void writeReference() throws IOException {
        Files.createDirectories(module.resolve("src/main/java/lab"));
        Files.writeString(module.resolve("src/main/java/lab/Ping.java"), REFERENCE);
    }

    @Test
    void releaseWritesTheTemplateThatCheckThenAccepts() throws Exception {
        goal(new ReleaseTemplateMojo()).execute();

        assertEquals("""
                package lab;

                public class Ping {
                    public static void main(String[] args) {
                        // TODO: print ping
                        throw new UnsupportedOperationException("TODO: write Ping.main");
                    }
                }
                """, Files.readString(module.resolve("template/lab/Ping.java")));
        goal(new CheckTemplateMojo()).execute();
    }

    @Test
    void checkFailsOnDriftNamingTheFileLineAndTheCommandThatRegeneratesIt() throws Exception {
        goal(new ReleaseTemplateMojo()).execute();
        Files.writeString(module.resolve("template/lab/Ping.java"), REFERENCE);

        String message = assertThrows(MojoFailureException.class, () -> goal(new CheckTemplateMojo()).execute())
                .getMessage();
        assertTrue(message.contains("regenerate it with `mvn -pl reference mpgrade:release-template` and commit it"),
                message);
        assertTrue(message.contains(module.resolve("template/lab/Ping.java") + ":5: differs from what the reference"
                + " generates"), message);
    }

    @Test
    void aTemplateThatDoesNotCompileFailsBothGoals() throws Exception {
        Files.writeString(module.resolve("src/main/java/lab/Ping.java"), REFERENCE
                .replace("// BEGIN SOLUTION: print ping", "String line;\n        // BEGIN SOLUTION")
                .replace("System.out.println(\"ping\");", "line = \"ping\";")
                .replace("// END SOLUTION", "// END SOLUTION\n        System.out.println(line);"));

        for (AbstractTemplateMojo goal : new AbstractTemplateMojo[] {new ReleaseTemplateMojo(), new CheckTemplateMojo()}) {
            String message = assertThrows(MojoFailureException.class, () -> goal(goal).execute()).getMessage();
            assertTrue(message.startsWith("The student template does not compile"), message);
            assertTrue(message.contains("lab/Ping.java:7: variable line might not have been initialized"), message);
        }
    }

    @Test
    void markersThatDoNotPairUpFailWithTheirFileAndLine() throws Exception {
        Files.writeString(module.resolve("src/main/java/lab/Ping.java"), REFERENCE.replace("// END SOLUTION", ""));

        String message = assertThrows(MojoFailureException.class, () -> goal(new ReleaseTemplateMojo()).execute())
                .getMessage();
        assertTrue(message.contains(module.resolve("src/main/java/lab/Ping.java") + ":5: BEGIN SOLUTION has no END"
                + " SOLUTION"), message);
    }

    @Test
    void skipDoesNothing() throws Exception {
        AbstractTemplateMojo release = goal(new ReleaseTemplateMojo());
        set(release, "skip", true);
        release.execute();
        assertTrue(Files.notExists(module.resolve("template")));
    }

    @Test
    void theDescriptorBindsCheckToVerifyAndNamesEverySettingsProperty() throws Exception {
        for (String goal : new String[] {"release-template", "check-template"}) {
            Element mojo = mojo(goal);
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            assertEquals("compile", text(mojo, "requiresDependencyResolution"), goal);
            assertEquals("${mpgrade.template.reference}", text(configuration, "referenceSources"), goal);
            assertEquals("${mpgrade.template.sources}", text(configuration, "templateSources"), goal);
            assertEquals("${maven.compiler.release}", text(configuration, "release"), goal);
            assertEquals("${mpgrade.template.skip}", text(configuration, "skip"), goal);
        }
        assertEquals("verify", text(mojo("check-template"), "phase"));
        assertEquals("", text(mojo("release-template"), "phase"), "release runs only when asked for");
    }

    /** A goal configured as in a reference module whose student template sits in {@code template/}. */
    private <T extends AbstractTemplateMojo> T goal(T goal) throws Exception {
        MavenProject project = new MavenProject();
        project.getBuild().setOutputDirectory(module.resolve("target/classes").toString());
        project.setArtifacts(Set.of());
        set(goal, "project", project);
        set(goal, "skip", false);
        set(goal, "referenceSources", module.resolve("src/main/java").toFile());
        set(goal, "templateSources", module.resolve("template").toFile());
        set(goal, "release", "17");
        return goal;
    }

    private static void set(AbstractTemplateMojo goal, String name, Object value) throws Exception {
        Field field = AbstractTemplateMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(goal, value);
    }

    private static Element mojo(String goal) throws Exception {
        try (InputStream in = TemplateGoalsTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            NodeList mojos = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                if (text((Element) mojos.item(i), "goal").equals(goal)) {
                    return (Element) mojos.item(i);
                }
            }
        }
        throw new AssertionError("no goal " + goal);
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
