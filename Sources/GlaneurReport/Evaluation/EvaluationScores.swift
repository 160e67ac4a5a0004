/// Precision, recall and F1 derived from the evaluation section's counts, named as in the
/// reference scorer's JSON (`entities.f1`, `speaker_accuracy`, ...), plus one entry per entity type.
public struct EvaluationScores: Sendable {
    /// Figure name → value; nil when undefined (speaker accuracy without attributed gold quotes).
    public private(set) var figures: [String: Double?] = [:]

    public init(_ section: ReportSection) {
        let counters = section.counters
        func value(_ key: String) -> Int { counters[key] ?? 0 }
        addPRF("entities", value("entities.found"), value("entities.predicted"), value("entities.gold"))
        addPRF("quotes", value("quotes.matched"), value("quotes.predicted"), value("quotes.gold"))
        addPRF("quotes_attributed", value("quotes.attributed"), value("quotes.predicted"), value("quotes.gold"))
        addPRF("claims", value("claims.matched"), value("claims.predicted"), value("claims.gold"))
        addPRF("claims_value_only", value("claims.value_matched"), value("claims.predicted"), value("claims.gold"))
        let speakers = value("speakers.total")
        figures["speaker_accuracy"] = speakers == 0 ? nil : Double(value("speakers.correct")) / Double(speakers)
        let types = Set(counters.keys.compactMap { key -> String? in
            let parts = key.split(separator: ".")
            return parts.count == 3 && parts[0] == "entities" && parts[2] == "gold" ? String(parts[1]) : nil
        })
        for type in types.sorted() {
            addPRF("entities.\(type)", value("entities.\(type).found"), value("entities.\(type).predicted"), value("entities.\(type).gold"))
        }
        if let checked = counters["tokens.gold"] {
            addPRF("tokens", value("tokens.matched"), value("tokens.predicted"), checked)
            addPRF("sentences", value("sentences.matched"), value("sentences.predicted"), value("sentences.gold"))
            let sentences = value("tokens.sentences")
            figures["tokens.sentences_exact"] = sentences == 0 ? nil : Double(value("tokens.sentences_exact")) / Double(sentences)
        }
    }

    /// The reference's definitions: with nothing predicted, precision is 1 only when nothing was expected.
    private mutating func addPRF(_ name: String, _ correct: Int, _ predicted: Int, _ gold: Int) {
        let precision = predicted > 0 ? Double(correct) / Double(predicted) : (gold == 0 ? 1 : 0)
        let recall = gold > 0 ? Double(correct) / Double(gold) : 1
        figures["\(name).precision"] = precision
        figures["\(name).recall"] = recall
        figures["\(name).f1"] = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
