import GlaneurCore

/// Scores one predicted `glaneur/1` record against one gold file (docs/reports.md, "Evaluation"),
/// adding its counts to the evaluation section and its errors, located, to the examples.
///
/// Entities are scored per document and type, a prediction matching any alias of a gold entity;
/// quotes by word Dice ≥ 0.5 with the speaker checked against the gold entity's names; claims by
/// value, then kind. Optional gold items are never counted either way.
struct GoldScorer {
    let document: String
    let gold: JSONValue
    let prediction: JSONValue
    private(set) var section = ReportSection(name: QualityReport.evaluationSection)
    private(set) var examples: [ReportExample] = []

    init(document: String, gold: JSONValue, prediction: JSONValue?) {
        self.document = document
        self.gold = gold
        self.prediction = prediction ?? .object([:])
        section.count("documents")
        if prediction == nil { section.count("documents_missing") }
        scoreEntities()
        scoreQuotes()
        scoreClaims()
    }

    /// A gold entity and every normalised name it goes by.
    private struct GoldEntity {
        var type: String?
        var canonical: String
        var names: Set<String>

        init(_ value: JSONValue) {
            type = value["type"]?.stringValue
            canonical = value["canonical"]?.stringValue ?? ""
            names = Set([ScoreText.normalize(canonical)] + list(value["aliases"]).map { ScoreText.normalize($0.stringValue ?? "") })
            names.remove("")
        }
    }

    private mutating func scoreEntities() {
        let entities = list(gold["entities"]).map(GoldEntity.init)
        let optional = list(gold["optional_entities"]).map(GoldEntity.init)
        // Predicted mentions collapse to distinct entities (type, canonical or text), in first-seen order.
        var keys: [String] = []
        var distinct: [String: (type: String?, names: Set<String>, first: JSONValue)] = [:]
        for mention in list(prediction["entities"]) {
            let type = mention["type"]?.stringValue
            let key = "\(type ?? "None")\u{0}" + ScoreText.normalize(nonEmpty(mention["canonical"]) ?? text(mention["text"]) ?? "")
            var names: Set<String> = [ScoreText.normalize(text(mention["text"]) ?? ""), ScoreText.normalize(text(mention["canonical"]) ?? "")]
            names.remove("")
            if distinct[key] == nil {
                keys.append(key)
                distinct[key] = (type, [], mention)
            }
            distinct[key]!.names.formUnion(names)
        }
        var found: Set<Int> = []
        for key in keys {
            let (type, names, first) = distinct[key]!
            let typeName = type ?? "None"
            let hit = entities.indices.filter { entities[$0].type == type && !entities[$0].names.isDisjoint(with: names) }
            if !hit.isEmpty {
                // A second prediction of an entity already found counts neither way.
                if found.isDisjoint(with: hit) {
                    section.count("entities.predicted")
                    section.count("entities.\(typeName).predicted")
                }
                found.formUnion(hit)
            } else if optional.contains(where: { !$0.names.isDisjoint(with: names) }) {
                continue
            } else if let other = entities.first(where: { !$0.names.isDisjoint(with: names) }) {
                section.count("\(other.type ?? "None")→\(typeName)", in: "entity_confusion")
                add("entity_type_error", first, label: "\(other.type ?? "None") as \(typeName)", fallback: names.sorted().first ?? "")
            } else {
                section.count("entities.predicted")
                section.count("entities.\(typeName).predicted")
                add("entity_false_positive", first, label: typeName, fallback: names.sorted().first ?? "")
            }
        }
        section.count("entities.found", found.count)
        section.count("entities.gold", entities.count)
        for (index, entity) in entities.enumerated() {
            let typeName = entity.type ?? "None"
            section.count("entities.\(typeName).gold")
            if found.contains(index) {
                section.count("entities.\(typeName).found")
            } else {
                examples.append(ReportExample(category: "entity_missed", document: document, start: nil, end: nil, label: typeName, excerpt: entity.canonical))
            }
        }
    }

    /// Normalised names of gold speaker `canonical`: its entity's names when the gold lists it.
    private func speakerNames(_ canonical: String, among entities: [GoldEntity]) -> Set<String> {
        let wanted = ScoreText.normalize(canonical)
        return entities.first { ScoreText.normalize($0.canonical) == wanted }?.names ?? [wanted]
    }

    private mutating func scoreQuotes() {
        let goldQuotes = list(gold["quotes"])
        let optional = list(gold["optional_quotes"])
        let entities = (list(gold["entities"]) + list(gold["optional_entities"])).map(GoldEntity.init)
        let predicted = list(prediction["quotes"])
        var used: Set<Int> = []
        var pairs: [(gold: JSONValue, predicted: JSONValue)] = []
        for goldQuote in goldQuotes {
            let goldText = goldQuote["text"]?.stringValue ?? ""
            var best = 0.0, bestIndex: Int?
            for (index, quote) in predicted.enumerated() where !used.contains(index) {
                let similarity = ScoreText.dice(goldText, text(quote["text"]) ?? "")
                if similarity > best { (best, bestIndex) = (similarity, index) }
            }
            if let bestIndex, best >= 0.5 {
                used.insert(bestIndex)
                pairs.append((goldQuote, predicted[bestIndex]))
            } else {
                examples.append(ReportExample(category: "quote_missed", document: document, start: nil, end: nil,
                                              label: goldQuote["kind"]?.stringValue ?? "", excerpt: goldText))
            }
        }
        for (index, quote) in predicted.enumerated() where !used.contains(index) {
            let quoteText = text(quote["text"]) ?? ""
            if optional.contains(where: { ScoreText.dice($0["text"]?.stringValue ?? "", quoteText) >= 0.5 }) { continue }
            section.count("quotes.predicted")
            add("quote_false_positive", quote, label: quote["kind"]?.stringValue ?? "", fallback: quoteText)
        }
        section.count("quotes.predicted", pairs.count)
        section.count("quotes.matched", pairs.count)
        section.count("quotes.gold", goldQuotes.count)
        for (goldQuote, quote) in pairs {
            var names: Set<String> = []
            switch quote["speaker"] {
            case .object(let speaker)?:
                names = [ScoreText.normalize(text(speaker["canonical"]) ?? ""), ScoreText.normalize(text(speaker["text"]) ?? "")]
            case .string(let speaker)?:
                names = [ScoreText.normalize(speaker)]
            default:
                break
            }
            names.remove("")
            guard let speaker = goldQuote["speaker"]?.stringValue, !speaker.isEmpty else {
                section.count("quotes.attributed") // an unnamed source: detection is what counts
                continue
            }
            section.count("speakers.total")
            if !names.isDisjoint(with: speakerNames(speaker, among: entities)) {
                section.count("speakers.correct")
                section.count("quotes.attributed")
            } else {
                add("speaker_error", quote, label: "gold \(speaker)", fallback: goldQuote["text"]?.stringValue ?? "")
            }
        }
    }

    private mutating func scoreClaims() {
        let goldClaims = list(gold["claims"])
        let optional = list(gold["optional_claims"])
        let predicted = list(prediction["claims"])
        var used: Set<Int> = []
        for goldClaim in goldClaims {
            let goldText = goldClaim["text"]?.stringValue ?? ""
            var best: (similarity: Double, index: Int)?
            for (index, claim) in predicted.enumerated() where !used.contains(index) && Self.sameValue(claim["value"], goldClaim["value"]) {
                let similarity = ScoreText.dice(goldText, text(claim["text"]) ?? "")
                // Ties go to the later prediction, as the reference's max over (similarity, index).
                if similarity > 0 && (best == nil || similarity >= best!.similarity) { best = (similarity, index) }
            }
            guard let best else {
                examples.append(ReportExample(category: "claim_missed", document: document, start: nil, end: nil,
                                              label: goldClaim["kind"]?.stringValue ?? "", excerpt: goldText))
                continue
            }
            used.insert(best.index)
            section.count("claims.value_matched")
            let kind = predicted[best.index]["kind"] ?? .null
            if kind == goldClaim["kind"] ?? .null {
                section.count("claims.matched")
            } else {
                section.count("\(goldClaim["kind"]?.stringValue ?? "None")→\(kind.stringValue ?? "None")", in: "claim_kind_confusion")
                add("claim_kind_error", predicted[best.index], label: "gold \(goldClaim["kind"]?.stringValue ?? "None")", fallback: goldText)
            }
        }
        for (index, claim) in predicted.enumerated() where !used.contains(index) {
            let claimText = text(claim["text"]) ?? ""
            if optional.contains(where: { ScoreText.dice($0["text"]?.stringValue ?? "", claimText) > 0 }) { continue }
            section.count("claims.predicted")
            add("claim_false_positive", claim, label: claim["kind"]?.stringValue ?? "", fallback: claimText)
        }
        section.count("claims.predicted", used.count)
        section.count("claims.gold", goldClaims.count)
    }

    /// A number as the reference reads one (numbers, booleans, numeric strings); nil otherwise.
    static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case .number(let number)?: return number
        case .bool(let flag)?: return flag ? 1 : 0
        case .string(let string)?: return Double(string.trimmingCharacters(in: .whitespacesAndNewlines))
        default: return nil
        }
    }

    static func sameValue(_ left: JSONValue?, _ right: JSONValue?) -> Bool {
        guard let a = number(left), let b = number(right) else { return false }
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))
    }

    /// An example located by the prediction's offsets when it has them.
    private mutating func add(_ category: String, _ item: JSONValue, label: String, fallback: String) {
        var start: Int?, end: Int?
        if case .number(let number)? = item["start"] { start = Int(number) }
        if case .number(let number)? = item["end"] { end = Int(number) }
        examples.append(ReportExample(category: category, document: document, start: start, end: end, label: label,
                                      excerpt: text(item["text"]) ?? fallback))
    }
}

/// The elements of a JSON list (none for anything else).
private func list(_ value: JSONValue?) -> [JSONValue] {
    if case .array(let items)? = value { return items }
    return []
}

/// A string member that is not empty; nil otherwise.
private func nonEmpty(_ value: JSONValue?) -> String? {
    guard let string = value?.stringValue, !string.isEmpty else { return nil }
    return string
}

/// A string member; nil for null, missing or other types.
private func text(_ value: JSONValue?) -> String? {
    value?.stringValue
}
