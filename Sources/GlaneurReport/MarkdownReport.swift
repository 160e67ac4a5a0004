import Foundation

/// A Markdown summary of a report for CI logs and chat: run, documents, one table per stage,
/// evaluation scores, findings (drift and thresholds) and a few examples.
public enum MarkdownReport {
    public static func render(_ report: QualityReport, findings: [Finding] = []) -> String {
        var lines: [String] = []
        let run = report.run
        lines.append("# Glaneur \(report.kind == "eval" ? "evaluation" : "run") report")
        lines.append("")
        lines.append("version \(run.version ?? "?") · configuration `\(run.configurationFingerprint ?? "?")` · "
                     + "\(run.started ?? "?") → \(run.ended ?? "?") · \(Format.number(run.wallSeconds ?? 0)) s wall · \(run.jobs.map(String.init) ?? "?") jobs"
                     + (run.parts > 1 ? " · \(run.parts) parts merged" : "") + (run.shard.map { " · shard \($0)" } ?? ""))
        lines.append("")
        let worst = findings.map(\.severity).max() ?? .ok
        if !findings.isEmpty {
            lines.append("## Checks: \(worst)")
            lines.append("")
            let shown = findings.filter { $0.severity != .ok }
            if shown.isEmpty {
                lines.append("All \(findings.count) checks passed.")
            } else {
                lines.append("| status | measure | detail |")
                lines.append("|---|---|---|")
                for finding in shown.sorted(by: { ($0.severity, $1.measure) > ($1.severity, $0.measure) }) {
                    lines.append("| \(finding.severity) | `\(finding.measure)` | \(escape(finding.detail)) |")
                }
                lines.append("")
                lines.append("\(findings.count - shown.count) other checks passed.")
            }
            lines.append("")
        }
        if let evaluation = report[section: QualityReport.evaluationSection] {
            lines.append("## Evaluation against gold")
            lines.append("")
            lines.append("| measure | precision | recall | F1 |")
            lines.append("|---|---:|---:|---:|")
            let figures = EvaluationScores(evaluation).figures
            for name in EvaluationView.scoredNames(figures) {
                lines.append("| \(name) | \(Format.score(figures["\(name).precision"] ?? nil)) | \(Format.score(figures["\(name).recall"] ?? nil)) | \(Format.score(figures["\(name).f1"] ?? nil)) |")
            }
            lines.append("")
            lines.append("speaker accuracy \(Format.score(figures["speaker_accuracy"] ?? nil)) · offsets checked \(evaluation.counters["offsets.checked"] ?? 0), wrong \(evaluation.counters["offsets.wrong"] ?? 0)")
            lines.append("")
        }
        let values = ReportMeasures.values(of: report)
        for section in report.sections where section.name != QualityReport.evaluationSection {
            lines.append("## \(section.name)")
            lines.append("")
            if !section.counters.isEmpty {
                lines.append("| counter | value | per 1,000 words |")
                lines.append("|---|---:|---:|")
                for (key, value) in section.counters.sorted(by: { $0.key < $1.key }) {
                    let rate = values["\(section.name).\(key)_per_1000_words"].map(Format.number) ?? ""
                    lines.append("| \(key) | \(value) | \(rate) |")
                }
                lines.append("")
            }
            if !section.histograms.isEmpty {
                lines.append("| distribution | n | mean | p50 | p95 | p99 | max |")
                lines.append("|---|---:|---:|---:|---:|---:|---:|")
                for (name, histogram) in section.histograms.sorted(by: { $0.key < $1.key }) {
                    let cells = [histogram.mean, histogram.quantile(0.5), histogram.quantile(0.95), histogram.quantile(0.99), histogram.maximum]
                        .map { $0.map(Format.number) ?? "" }
                    lines.append("| \(name) | \(histogram.count) | " + cells.joined(separator: " | ") + " |")
                }
                lines.append("")
            }
            for (name, categories) in section.breakdowns.sorted(by: { $0.key < $1.key }) {
                let total = categories.values.reduce(0, +)
                let top = categories.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8)
                    .map { "\($0.key) \($0.value) (\(Format.percent(Double($0.value) / Double(max(total, 1)))))" }
                lines.append("- **\(name)**: " + top.joined(separator: ", ") + (categories.count > 8 ? ", …" : ""))
            }
            if !section.breakdowns.isEmpty { lines.append("") }
        }
        let examples = report.examples.all
        if !examples.isEmpty {
            lines.append("## Examples (\(examples.count), deterministic sample)")
            lines.append("")
            lines.append("| category | document | offsets | label | excerpt |")
            lines.append("|---|---|---|---|---|")
            for (_, group) in Dictionary(grouping: examples, by: \.category).sorted(by: { $0.key < $1.key }) {
                for example in group.prefix(3) {
                    let offsets = example.start.map { "\($0)–\(example.end ?? $0)" } ?? ""
                    lines.append("| \(example.category) | `\(escape(example.document))` | \(offsets) | \(escape(example.label)) | \(escape(String(example.excerpt.prefix(60)))) |")
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

/// Number formatting shared by the renderers.
enum Format {
    static func number(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e12 { return String(Int64(value)) }
        return String(format: abs(value) >= 100 ? "%.1f" : "%.3g", value)
    }

    static func score(_ value: Double?) -> String {
        value.map { String(format: "%.3f", $0) } ?? "n/a"
    }

    static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }
}

/// How the renderers present evaluation figures.
enum EvaluationView {
    /// Names that have precision, recall and F1: the reference's five first, then entity types.
    static func scoredNames(_ figures: [String: Double?]) -> [String] {
        let main = ["entities", "quotes", "quotes_attributed", "claims", "claims_value_only", "tokens", "sentences"]
        let all = Set(figures.keys.filter { $0.hasSuffix(".f1") }.map { String($0.dropLast(3)) })
        return main.filter(all.contains) + all.subtracting(main).sorted()
    }
}
