/// Finds person, organisation and place names in tokenized sentences with a trained model and
/// the lexicon whose membership features it was trained with.
public struct NameTagger: Sendable {
    public let model: NameTaggerModel
    public let lexicon: TaggerLexicon
    private let tables: CompiledTaggerLexicon

    public init(model: NameTaggerModel, lexicon: TaggerLexicon) {
        self.model = model
        self.lexicon = lexicon
        self.tables = lexicon.compiled()
    }

    /// The best BIO labels of a whole sentence (training evaluation, tests).
    public func labels(of sentence: [TaggerToken]) -> [Int] {
        let features = SentenceFeatures(sentence, positions: 0..<sentence.count, lexicon: tables)
        return model.decoder.best(model.emissions(features), tokens: sentence.count)
    }

    /// The names of one sentence, with their confidence. Only stretches around tokens that show a
    /// capital letter are decoded (one token of context either side), and among those only the
    /// tokens `isOpen` accepts (a caller may skip what it already knows); the rest is outside any name.
    public func names(in sentence: [TaggerToken], isOpen: (Int) -> Bool = { _ in true }) -> [TaggedName] {
        var names: [TaggedName] = []
        let islands = Self.islands(sentence, isOpen: isOpen)
        guard !islands.isEmpty else { return [] }
        // Features reach two tokens either side.
        var windows: [Range<Int>] = []
        for island in islands {
            let window = max(0, island.lowerBound - 2)..<min(sentence.count, island.upperBound + 2)
            if let last = windows.last, last.upperBound >= window.lowerBound {
                windows[windows.count - 1] = last.lowerBound..<window.upperBound
            } else {
                windows.append(window)
            }
        }
        let context = SentenceContext(sentence, lexicon: tables, windows: windows)
        for island in islands {
            let features = SentenceFeatures(sentence, positions: island, context: context)
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

    private static func showsCapital(_ text: Substring) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x41 && byte <= 0x5A { return true }
            if byte >= 0x80 { return text.unicodeScalars.contains { TokenTraits.letterClass($0) == 1 } }
        }
        return false
    }

    /// Stretches of tokens showing a capital letter, widened by one token each side, merged when they touch.
    static func islands(_ sentence: [TaggerToken], isOpen: (Int) -> Bool = { _ in true }) -> [Range<Int>] {
        var islands: [Range<Int>] = []
        for (index, token) in sentence.enumerated() where showsCapital(token.text) && isOpen(index) {
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
