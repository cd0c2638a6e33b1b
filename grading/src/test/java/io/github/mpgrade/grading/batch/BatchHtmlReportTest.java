package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchHtmlReportTest {
    private static final List<SubmissionRecord> RECORDS = List.of(
            SubmissionFolders.record("ann", 100, Map.of(), List.of()),
            SubmissionFolders.record("ben", 75, Map.of(), List.of("philosophers/noDeadlock")),
            SubmissionFolders.record("<cid> & co", 60, Map.of(), List.of("philosophers/noDeadlock", "pingpong/alternates")));

    @Test
    void theHistogramHasABarPerTenPercent() {
        String html = BatchHtmlReport.of(RECORDS);
        assertTrue(html.contains("data-band=\"100 %\" data-count=\"1\""), html);
        assertTrue(html.contains("data-band=\"70–79 %\" data-count=\"1\""), html);
        assertTrue(html.contains("data-band=\"60–69 %\" data-count=\"1\""), html);
        assertTrue(html.contains("data-band=\"90–99 %\" data-count=\"0\""), html);
    }

    @Test
    void theMostFailedChecksComeFirst() {
        String html = BatchHtmlReport.of(RECORDS);
        int deadlock = html.indexOf("<td>philosophers/noDeadlock</td><td class=\"num\">2 of 3 (67 %)</td>");
        int alternates = html.indexOf("<td>pingpong/alternates</td><td class=\"num\">1 of 3 (33 %)</td>");
        assertTrue(deadlock > 0 && deadlock < alternates, html);
    }

    @Test
    void eachSubmissionLinksToItsOwnReportWithItsNameEscaped() {
        String html = BatchHtmlReport.of(RECORDS);
        assertTrue(html.contains("<a href=\"ann/report.html\">ann</a>"), html);
        assertTrue(html.contains("<a href=\"%3Ccid%3E%20%26%20co/report.html\">&lt;cid&gt; &amp; co</a>"), html);
    }
}
