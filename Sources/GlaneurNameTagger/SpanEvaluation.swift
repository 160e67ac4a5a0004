/// Exact-match span precision, recall and F1, per name type and overall.
public struct SpanEvaluation: Sendable {
    public private(set) var truePositives: [NameType: Int] = [:]
    public private(set) var predicted: [NameType: Int] = [:]
    public private(set) var gold: [NameType: Int] = [:]

    public init() {}

    /// Counts one sentence: its gold labels against the names found.
    public mutating func add(gold labels: [Int], found: [(tokens: Range<Int>, type: NameType)]) {
        let expected = NameTagger.spans(of: labels)
        for span in expected { gold[span.type, default: 0] += 1 }
        for span in found {
            predicted[span.type, default: 0] += 1
            if expected.contains(where: { $0.tokens == span.tokens && $0.type == span.type }) {
                truePositives[span.type, default: 0] += 1
            }
        }
    }

    /// (precision, recall, F1) for one type, or over all types when `type` is nil.
    public func scores(_ type: NameType? = nil) -> (precision: Double, recall: Double, f1: Double) {
        let types = type.map { [$0] } ?? NameType.allCases
        let hits = Double(types.reduce(0) { $0 + (truePositives[$1] ?? 0) })
        let found = Double(types.reduce(0) { $0 + (predicted[$1] ?? 0) })
        let expected = Double(types.reduce(0) { $0 + (gold[$1] ?? 0) })
        let precision = found > 0 ? hits / found : 0
        let recall = expected > 0 ? hits / expected : 0
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision, recall, f1)
    }

    /// One line per type and one overall: "PERSON P 0.812 R 0.790 F1 0.801 (n=1234)".
    public var report: String {
        var lines: [String] = []
        for type in NameType.allCases + [nil] as [NameType?] {
            let score = scores(type)
            let count = type.map { gold[$0] ?? 0 } ?? gold.values.reduce(0, +)
            lines.append("\(type?.rawValue ?? "all"): P \(Self.format(score.precision)) R \(Self.format(score.recall)) F1 \(Self.format(score.f1)) (n=\(count))")
        }
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - String(thousandths % 1000).count))\(thousandths % 1000)"
    }
}
