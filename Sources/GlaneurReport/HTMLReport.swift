/// A self-contained HTML page for a report: no script and no network, charts drawn as inline SVG.
/// One section per stage (counters with rates, distributions, breakdowns), the evaluation, the
/// findings of drift and thresholds, and the sample of located examples.
public enum HTMLReport {
    public static func render(_ report: QualityReport, baseline: QualityReport? = nil, findings: [Finding] = []) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Glaneur report</title>
        <style>
        body{font-family:system-ui,-apple-system,"DejaVu Sans",sans-serif;margin:24px auto;max-width:1180px;color:#222;background:#fff}
        h1{font-size:24px;margin-bottom:4px}h2{font-size:19px;border-bottom:2px solid #3b6ea5;padding-bottom:3px;margin-top:30px}
        h3{font-size:14px;margin:14px 0 4px;color:#444}.meta{color:#555;font-size:13px}
        table{border-collapse:collapse;font-size:12px;margin:6px 0}td,th{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.grid{display:flex;flex-wrap:wrap;gap:10px 28px}
        .card{flex:0 0 auto}.fail{background:#f7d4d4}.warn{background:#fbeccd}.ok{background:#dcefdc}
        .status{display:inline-block;padding:2px 10px;border-radius:4px;font-weight:bold}
        .legend{font-size:12px;color:#555}.legend i{display:inline-block;width:12px;height:10px;margin:0 4px 0 10px}
        svg text{fill:#333;font-family:inherit}.empty{color:#888;font-size:12px}
        </style></head><body>
        """
        let run = report.run
        html += "<h1>Glaneur \(report.kind == "eval" ? "evaluation" : "run") report</h1>"
        html += "<p class=\"meta\">version \(e(run.version ?? "?")) · configuration <code>\(e(run.configurationFingerprint ?? "?"))</code> · stages \(e(run.stages.joined(separator: " → ")))<br>"
        html += "\(e(run.started ?? "?")) → \(e(run.ended ?? "?")) · \(Format.number(run.wallSeconds ?? 0)) s wall · \(run.jobs.map(String.init) ?? "?") jobs"
        html += (run.parts > 1 ? " · \(run.parts) parts merged" : "") + (run.shard.map { " · shard \(e($0))" } ?? "")
        html += "<br>inputs: \(e(run.inputs.prefix(8).joined(separator: ", ")))\(run.inputs.count > 8 ? ", …" : "")</p>"
        if baseline != nil {
            html += "<p class=\"legend\">Charts: <i style=\"background:\(SVGChart.barColor)\"></i>this report <i style=\"border:1.5px dashed \(SVGChart.baselineColor)\"></i>baseline</p>"
        }
        html += findingsBlock(findings)
        if let evaluation = report[section: QualityReport.evaluationSection] {
            html += evaluationBlock(evaluation)
        }
        let values = ReportMeasures.values(of: report)
        for section in report.sections where section.name != QualityReport.evaluationSection {
            html += sectionBlock(section, baseline: baseline?[section: section.name], values: values)
        }
        html += examplesBlock(report.examples.all)
        return html + "</body></html>\n"
    }

    private static func e(_ text: String) -> String { SVGChart.escape(text) }

    private static func findingsBlock(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "" }
        let worst = findings.map(\.severity).max() ?? .ok
        var html = "<h2>Checks <span class=\"status \(worst)\">\(worst)</span></h2>"
        let shown = findings.filter { $0.severity != .ok }.sorted { ($0.severity, $1.measure) > ($1.severity, $0.measure) }
        html += "<p class=\"meta\">\(findings.count) checks, \(shown.count) not ok.</p>"
        if !shown.isEmpty {
            html += "<table><tr><th>status</th><th>measure</th><th>detail</th></tr>"
            for finding in shown {
                html += "<tr class=\"\(finding.severity)\"><td>\(finding.severity)</td><td><code>\(e(finding.measure))</code></td><td>\(e(finding.detail))</td></tr>"
            }
            html += "</table>"
        }
        return html
    }

    private static func evaluationBlock(_ section: ReportSection) -> String {
        let figures = EvaluationScores(section).figures
        var html = "<h2>Evaluation against gold</h2><div class=\"grid\">"
        for metric in ["f1", "precision", "recall"] {
            let items = EvaluationView.scoredNames(figures).map { name in
                (label: name, value: (figures["\(name).\(metric)"] ?? nil) ?? 0, baseline: Double?.none)
            }
            html += "<div class=\"card\"><h3>\(metric)</h3>" + SVGChart.bars(items, maximum: 1, valueText: { String(format: "%.3f", $0) }) + "</div>"
        }
        html += "</div><p class=\"meta\">speaker accuracy \(Format.score(figures["speaker_accuracy"] ?? nil)) · "
        html += "offsets checked \(section.counters["offsets.checked"] ?? 0), wrong \(section.counters["offsets.wrong"] ?? 0)</p>"
        for (name, categories) in section.breakdowns.sorted(by: { $0.key < $1.key }) {
            html += "<h3>\(e(name))</h3>" + SVGChart.bars(categories.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, Double($0.value), nil) }, valueText: Format.number)
        }
        return html
    }

    private static func sectionBlock(_ section: ReportSection, baseline: ReportSection?, values: [String: Double]) -> String {
        var html = "<h2>\(e(section.name))</h2><div class=\"grid\"><div class=\"card\">"
        if !section.counters.isEmpty {
            html += "<table><tr><th>counter</th><th>value</th><th>per 1,000 words</th>\(baseline != nil ? "<th>baseline</th>" : "")</tr>"
            for (key, value) in section.counters.sorted(by: { $0.key < $1.key }) {
                let rate = values["\(section.name).\(key)_per_1000_words"].map(Format.number) ?? ""
                html += "<tr><td>\(e(key))</td><td class=\"n\">\(value)</td><td class=\"n\">\(rate)</td>"
                if let baseline { html += "<td class=\"n\">\(baseline.counters[key].map(String.init) ?? "–")</td>" }
                html += "</tr>"
            }
            html += "</table>"
        }
        html += "</div>"
        for (name, histogram) in section.histograms.sorted(by: { $0.key < $1.key }) {
            let quantiles = [("p50", 0.5), ("p95", 0.95), ("p99", 0.99)].map { "\($0.0) \(histogram.quantile($0.1).map(Format.number) ?? "–")" }
            html += "<div class=\"card\"><h3>\(e(name)) <span class=\"meta\">n \(histogram.count) · mean \(histogram.mean.map(Format.number) ?? "–") · \(quantiles.joined(separator: " · "))</span></h3>"
            html += SVGChart.histogram(histogram, baseline: baseline?.histograms[name], title: "\(section.name) \(name)") + "</div>"
        }
        for (name, categories) in section.breakdowns.sorted(by: { $0.key < $1.key }) {
            let total = Double(max(categories.values.reduce(0, +), 1))
            let baselineCategories = baseline?.breakdowns[name]
            let baselineTotal = Double(max(baselineCategories?.values.reduce(0, +) ?? 0, 1))
            let items = categories.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(20).map { key, value in
                (label: key, value: Double(value) / total, baseline: baselineCategories.map { Double($0[key] ?? 0) / baselineTotal })
            }
            html += "<div class=\"card\"><h3>\(e(name)) <span class=\"meta\">\(Int(total)) in all\(categories.count > 20 ? ", top 20" : "")</span></h3>"
            html += SVGChart.bars(Array(items), valueText: Format.percent) + "</div>"
        }
        return html + "</div>"
    }

    private static func examplesBlock(_ examples: [ReportExample]) -> String {
        guard !examples.isEmpty else { return "" }
        var html = "<h2>Examples</h2><p class=\"meta\">A deterministic sample, located by document id and code point offsets into the output text.</p>"
        html += "<table><tr><th>category</th><th>document</th><th>offsets</th><th>label</th><th>excerpt</th></tr>"
        for example in examples {
            let offsets = example.start.map { "\($0)–\(example.end ?? $0)" } ?? ""
            html += "<tr><td>\(e(example.category))</td><td><code>\(e(example.document))</code></td><td>\(offsets)</td><td>\(e(example.label))</td><td>\(e(example.excerpt))</td></tr>"
        }
        return html + "</table>"
    }
}
