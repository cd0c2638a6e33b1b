package io.github.mpgrade.grading.report;

import io.github.mpgrade.grading.GradeReport.CheckReport;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.Scores;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One {@code TEST-mpgrade.<exercise>.xml} per exercise in Surefire's format, which CI dashboards
 * read: a {@code testsuite} with {@code tests}, {@code failures}, {@code errors},
 * {@code skipped} and {@code time}, a {@code testcase} per check and a {@code failure} with the
 * whole message for each failed one. The points are the suite's properties.
 */
final class JUnitXml {
    private JUnitXml() {
    }

    /** The file name of an exercise's report. */
    static String fileName(ExerciseReport exercise) {
        return "TEST-" + suiteName(exercise) + ".xml";
    }

    static void write(ExerciseReport exercise, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suiteName(exercise));
            xml.writeAttribute("time", seconds(exercise.elapsed().toMillis()));
            xml.writeAttribute("tests", Integer.toString(exercise.checks().size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("failures", Long.toString(exercise.checks().stream().filter(c -> !c.passed()).count()));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            property(xml, "score", Scores.format(exercise.score()));
            property(xml, "maxScore", Scores.format(exercise.maxScore()));
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (CheckReport check : exercise.checks()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("name", check.name());
                xml.writeAttribute("classname", suiteName(exercise));
                xml.writeAttribute("time", seconds(check.elapsed().toMillis()));
                if (!check.passed()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", Text.reason(check, 200));
                    xml.writeAttribute("type", "check failed: 0/" + Scores.format(check.maxScore()) + " points");
                    xml.writeCharacters(Text.messageWithReplay(check));
                    xml.writeEndElement();
                    xml.writeCharacters("\n  ");
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static String suiteName(ExerciseReport exercise) {
        return "mpgrade." + exercise.id();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
