package io.github.mpgrade.grading.report.html;

/** The report's stylesheet and the timeline's legend, inline: the file stands alone. */
final class HtmlStyle {
    static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1200px;\
            padding:0 16px;color:#222}
            h1{font-size:24px}h2{font-size:18px;margin-top:32px;border-top:1px solid #ddd;padding-top:16px}
            .pts{color:#666;font-weight:normal}
            table{border-collapse:collapse}td,th{padding:3px 10px;text-align:left;border-bottom:1px solid #eee}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            .scores tr.failed td{color:#b71c1c}.scores tr.passed td{color:#1b5e20}
            .scores tfoot td{font-weight:bold;border-top:2px solid #999}
            pre.message{background:#f7f7f7;border-left:4px solid #c62828;padding:10px 12px;white-space:pre-wrap;\
            font-size:13px}
            .warning{background:#fff3e0;padding:8px 12px}
            figure{margin:16px 0}figcaption{margin-bottom:6px;color:#444}
            .scroll{overflow-x:auto;border:1px solid #ddd;background:#fff}
            svg text{font:11px system-ui,sans-serif;fill:#222}
            .lane-bg{fill:#fafafa}.lane-bg.odd{fill:#f0f4f8}
            .lane-name{font-weight:bold;font-size:13px}.lane-task{fill:#666;font-size:10px}
            .axis{fill:#888;font-size:10px;text-anchor:middle}.axis-title{fill:#888;font-size:10px}
            .fold rect{fill:#e4e4e4;fill-opacity:.92}.fold-label{fill:#555;font-size:10px;text-anchor:middle}
            .span-label{fill:#fff;font-weight:bold;font-size:10px}.span-label.on-hatch{fill:#222;paint-order:stroke;\
            stroke:#fff;stroke-width:3px}
            .printed circle{fill:#333}.printed-text{font-size:10px;fill:#333}
            .printed.failing circle{fill:#c62828;stroke:#fff;stroke-width:2px}.printed.failing .printed-text{fill:#c62828;\
            font-weight:bold}
            .failing-step line{stroke:#c62828;stroke-width:2;stroke-dasharray:5 3}
            .failing-step text{fill:#c62828;font-weight:bold;font-size:12px}
            .span.open rect{stroke-width:2}
            .cycle-task rect{fill:#fff;stroke:#333;stroke-width:2}.cycle-lock rect{fill:#fff3e0;stroke:#ef6c00;\
            stroke-width:2}
            .cycle text{text-anchor:middle;font-size:12px}.cycle-task text{font-weight:bold}
            .edge line{stroke-width:2}.edge.waits line{stroke:#c62828;stroke-dasharray:6 4}.edge.held line{stroke:#333}
            .edge text{font-size:10px;fill:#555;text-anchor:middle}
            .printed-lines table{font-size:13px}.printed-lines tr.failing td{background:#ffebee;color:#b71c1c;\
            font-weight:bold}
            .legend,.locks{font-size:13px;color:#444}.locks code{font-size:12px}.legend span{margin-right:18px;white-space:nowrap}
            .sw{display:inline-block;width:22px;height:11px;vertical-align:middle;margin-right:5px;border:1px solid #4e79a7}
            .sw.holds{background:#4e79a7}.sw.waits{background:repeating-linear-gradient(45deg,#4e79a7 0 3px,#fff 3px 6px)}
            .sw.dot{width:9px;height:9px;border-radius:50%;background:#333;border:none}
            .sw.fail{width:0;height:14px;border:none;border-left:2px dashed #c62828}
            .sw.fold{background:#e4e4e4;border-color:#ccc}
            """;

    static final String LEGEND = "<p class=\"legend\"><span><i class=\"sw holds\"></i>holds a lock</span>"
            + "<span><i class=\"sw waits\"></i>waits for a lock</span><span><i class=\"sw dot\"></i>printed a line "
            + "(hover for the line and where)</span><span><i class=\"sw fail\"></i>where it went wrong</span>"
            + "<span><i class=\"sw fold\"></i>steps folded away</span></p>";

    private HtmlStyle() {
    }
}
