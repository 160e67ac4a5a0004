/// Finds person, organisation and place names in tokenized sentences with a trained model and
/// the lexicon whose membership features it was trained with.
public struct NameTagger: Sendable {
    public let model: NameTaggerModel
    public let lexicon: TaggerLexicon

    public init(model: NameTaggerModel, lexicon: TaggerLexicon) {
        self.model = model
        self.lexicon = lexicon
    }

    /// The best BIO labels of a whole sentence (training evaluation, tests).
    public func labels(of sentence: [TaggerToken]) -> [Int] {
        let features = SentenceFeatures(sentence, positions: 0..<sentence.count, lexicon: lexicon)
        return model.decoder.best(model.emissions(features), tokens: sentence.count)
    }

    /// The names of one sentence, with their confidence. Only stretches around tokens that show a
    /// capital letter are decoded (one token of context either side); the rest is outside any name.
    public func names(in sentence: [TaggerToken]) -> [TaggedName] {
        var names: [TaggedName] = []
        for island in Self.islands(sentence) {
            let features = SentenceFeatures(sentence, positions: island, lexicon: lexicon)
            let emissions = model.emissions(features)
            let initial = island.lowerBound == 0 ? nil : NameTagSet.outside
            let labels = model.decoder.best(emissions, tokens: island.count, after: initial)
            guard labels.contains(where: { $0 != NameTagSet.outside }) else { continue }
            let marginals = model.decoder.marginals(emissions, tokens: island.count, after: initial)
            for span in Self.spans(of: labels) {
                let confidence = span.tokens.map { marginals[$0 * NameTagSet.count + labels[$0]] }.min() ?? 0
                names.append(TaggedName(tokens: (span.tokens.lowerBound + island.lowerBound)..<(span.tokens.upperBound + island.lowerBound),
                                        type: span.type, confidence: Double(confidence)))
            }
        }
        return names
    }

    /// The typed spans of a BIO label sequence (an `I-` after another type opens a new span).
    public static func spans(of labels: [Int]) -> [(tokens: Range<Int>, type: NameType)] {
        var spans: [(tokens: Range<Int>, type: NameType)] = []
        var start: Int?
        var current: NameType?
        for (index, label) in labels.enumerated() {
            let type = NameTagSet.type(of: label)
            if let open = start, let kind = current, NameTagSet.isBegin(label) || type != kind {
                spans.append((open..<index, kind))
                start = nil
                current = nil
            }
            if let type, start == nil {
                start = index
                current = type
            }
        }
        if let open = start, let kind = current { spans.append((open..<labels.count, kind)) }
        return spans
    }

    /// Stretches of tokens showing a capital letter, widened by one token each side, merged when they touch.
    static func islands(_ sentence: [TaggerToken]) -> [Range<Int>] {
        var islands: [Range<Int>] = []
        for (index, token) in sentence.enumerated() where token.text.unicodeScalars.contains(where: \.properties.isUppercase) {
            let range = max(0, index - 1)..<min(sentence.count, index + 2)
            if let last = islands.last, last.upperBound >= range.lowerBound {
                islands[islands.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                islands.append(range)
            }
        }
        return islands
    }
}
