/// Named figures of a report, the vocabulary of thresholds (docs/reports.md, "Measures"):
///
/// - `<section>.<counter>` and, for stages, `<section>.<counter>_per_1000_words`;
/// - `<section>.<histogram>.{mean,p50,p95,p99}`;
/// - `<section>.<breakdown>.<category>_share` (the category's share of its breakdown);
/// - `documents.failed_share`, `documents.warning_share`, `quotes.attributed_share`;
/// - `evaluation.<figure>` (`evaluation.entities.f1`, `evaluation.speaker_accuracy`, ...).
public enum ReportMeasures {
    public static func values(of report: QualityReport) -> [String: Double] {
        var values: [String: Double] = [:]
        let words = Double(report.words)
        for section in report.sections {
            let isStage = ![QualityReport.documentsSection, QualityReport.timingsSection, QualityReport.evaluationSection].contains(section.name)
            for (key, value) in section.counters {
                values["\(section.name).\(key)"] = Double(value)
                if isStage && words > 0 && key != "documents" {
                    values["\(section.name).\(key)_per_1000_words"] = Double(value) * 1000 / words
                }
            }
            for (name, histogram) in section.histograms {
                values["\(section.name).\(name).mean"] = histogram.mean
                for (label, p) in [("p50", 0.5), ("p95", 0.95), ("p99", 0.99)] {
                    values["\(section.name).\(name).\(label)"] = histogram.quantile(p)
                }
            }
            for (name, categories) in section.breakdowns {
                let total = Double(categories.values.reduce(0, +))
                guard total > 0 else { continue }
                for (category, count) in categories { values["\(section.name).\(name).\(category)_share"] = Double(count) / total }
            }
            if section.name == QualityReport.evaluationSection {
                for (figure, score) in EvaluationScores(section).figures {
                    if let score { values["evaluation.\(figure)"] = score }
                }
            }
        }
        if let documents = report[section: QualityReport.documentsSection], let total = documents.counters["documents"], total > 0 {
            values["documents.failed_share"] = Double(documents.breakdowns["outcomes"]?["failed"] ?? 0) / Double(total)
            values["documents.warning_share"] = Double(documents.counters["documents_with_warnings"] ?? 0) / Double(total)
        }
        if let quotes = report[section: "quotes"], let count = quotes.counters["quotes"], count > 0 {
            values["quotes.attributed_share"] = Double(quotes.counters["attributed"] ?? 0) / Double(count)
        }
        return values
    }
}
