import Foundation
import GlaneurCore

/// Scores `glaneur/1` records against a directory of `<doc>.gold.json` files: P/R/F1 per stage and
/// entity type, speaker accuracy, confusions, located errors, and a check of every offset.
public struct GoldEvaluation: Sendable {
    /// Gold annotations by document name (the `doc` field), in file name order.
    public let golds: [(document: String, annotation: JSONValue)]

    public init(directory: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        var golds: [(String, JSONValue)] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            let value: JSONValue
            do {
                value = try JSONParser.parse(Array(try Data(contentsOf: url)))
            } catch {
                throw ReportError("gold file \(url.path) cannot be read: \(error)")
            }
            guard let document = value["doc"]?.stringValue else { throw ReportError("gold file \(url.path) has no \"doc\"") }
            if let existing = golds.firstIndex(where: { $0.0 == document }) { golds.remove(at: existing) }
            golds.append((document, value))
        }
        guard !golds.isEmpty else { throw ReportError("no *.gold.json files in \(directory.path)") }
        self.golds = golds
    }

    /// Adds the scores of `records` (matched to gold by the base name of their `source`, else `id`;
    /// a later record of the same name wins) to `report`'s evaluation section and examples; returns
    /// the gold documents that had no record.
    @discardableResult
    public func score(_ records: [JSONValue], into report: inout QualityReport) throws -> [String] {
        var predictions: [String: JSONValue] = [:]
        var offsets = ReportSection(name: QualityReport.evaluationSection)
        for record in records {
            let source = record["source"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? record["id"]?.stringValue ?? ""
            predictions[(source as NSString).lastPathComponent] = record
            Self.checkOffsets(record, into: &offsets)
        }
        try report.add(offsets, examples: [])
        for (document, annotation) in golds {
            let scorer = GoldScorer(document: document, gold: annotation, prediction: predictions[document])
            try report.add(scorer.section, examples: scorer.examples)
        }
        return golds.map(\.document).filter { predictions[$0] == nil }
    }

    /// Counts annotations whose `text` differs from the record text between their offsets.
    private static func checkOffsets(_ record: JSONValue, into section: inout ReportSection) {
        guard let text = record["text"]?.stringValue else { return }
        let scalars = Array(text.unicodeScalars)
        func index(_ value: Double) -> Int {
            let position = Int(value)
            return position < 0 ? max(0, scalars.count + position) : min(position, scalars.count)
        }
        for layer in ["entities", "quotes", "claims"] {
            guard case .array(let items)? = record[layer] else { continue }
            for item in items {
                guard case .number(let start)? = item["start"], case .number(let end)? = item["end"], let expected = item["text"] else { continue }
                section.count("offsets.checked")
                let (from, to) = (index(start), index(end))
                let actual = from < to ? String(String.UnicodeScalarView(scalars[from..<to])) : ""
                if expected.stringValue.map({ Array($0.unicodeScalars) != Array(actual.unicodeScalars) }) ?? true {
                    section.count("offsets.wrong")
                }
            }
        }
    }
}
