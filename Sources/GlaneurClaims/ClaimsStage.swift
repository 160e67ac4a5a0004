import Foundation
import GlaneurCore

/// Finds numeric claims (counts, money, percentages, durations, multipliers, measures), normalised, and
/// lists every number it read in the `numbers` layer with the reason it is not a claim when it is not.
///
/// Number formats, units, currencies and qualifiers come from `lexicons/numbers` (option `lexicons`).
/// The stage splits sentences into its own lexemes, so it does not depend on token boundaries; it uses
/// entities (when the entities stage ran) to reject numbers inside names and to find claim subjects.
public struct ClaimsStage: Stage {
    public let name = "claims"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let produces: Set<Layer> = [.claims, .numbers]

    private let french: NumberLexicon
    private let english: NumberLexicon

    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["lexicons"])
        let directory = try options.path("lexicons", default: "lexicons/numbers")
        french = try NumberLexicon(directory: directory, language: "fr")
        english = try NumberLexicon(directory: directory, language: "en")
    }

    public func process(_ document: inout Document) throws {
        let isEnglish = document.language == "en"
        let lexicon = isEnglish ? english : french
        let protected = protectedSpans(document)
        let bytes = Array(document.text.utf8)
        let subjects = ClaimSubjectFinder(entities: document.entities.sorted { $0.span < $1.span }, text: bytes)
        let sentences = document.sentences.isEmpty ? [TextSpan(0, bytes.count)] : document.sentences
        var claims: [Claim] = []
        var mentions: [NumberMention] = []
        bytes.withUnsafeBufferPointer { buffer in
            for sentence in sentences {
                let lexemes = Lexer.lex(buffer, from: sentence.start, to: sentence.end)
                let reader = SentenceClaimReader(lexemes: lexemes, lexicon: lexicon, isEnglish: isEnglish,
                                                 isInsideName: { protected.overlaps($0) })
                let found = reader.read()
                for var item in found.claims {
                    item.claim.subject = subjects.subject(for: item.claim.span, in: sentence)
                    claims.append(item.claim)
                    mentions.append(item.mention)
                }
                mentions.append(contentsOf: found.mentions)
            }
        }
        mentions.sort { $0.span < $1.span }
        document.claims = claims
        document.numbers = mentions
        count(claims, mentions, in: &document)
    }

    /// Entity mentions, URLs and e-mail addresses: numbers inside them are names, not quantities.
    private func protectedSpans(_ document: Document) -> SortedSpans {
        var spans = document.entities.map(\.span)
        for token in document.tokens where token.kind == .url || token.kind == .email || token.kind == .handle || token.kind == .hashtag {
            spans.append(token.span)
        }
        return SortedSpans(spans)
    }

    private func count(_ claims: [Claim], _ mentions: [NumberMention], in document: inout Document) {
        for claim in claims {
            document.count("claims." + claim.kind.rawValue, stage: name)
            if let approximation = claim.approximation { document.count("approx." + approximation.rawValue, stage: name) }
            if let change = claim.change { document.count("change." + change.rawValue, stage: name) }
            if claim.valueMax != nil { document.count("ranges", stage: name) }
            if claim.per != nil { document.count("rates", stage: name) }
            if claim.subject != nil { document.count("subjects", stage: name) }
        }
        for mention in mentions {
            if let rejection = mention.rejection { document.count("rejected." + rejection, stage: name) }
        }
    }
}

/// Spans sorted by start, for "does this span overlap any of them" in logarithmic time.
struct SortedSpans: Sendable {
    private let spans: [TextSpan]
    /// Largest end among spans[0...i], so overlaps can be found by binary search.
    private let maximumEnds: [Int]

    init(_ spans: [TextSpan]) {
        self.spans = spans.sorted()
        var running = Int.min
        maximumEnds = self.spans.map { running = max(running, $0.end); return running }
    }

    func overlaps(_ span: TextSpan) -> Bool {
        // Last span starting before span.end.
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].start < span.end { low = middle + 1 } else { high = middle }
        }
        return low > 0 && maximumEnds[low - 1] > span.start
    }
}
