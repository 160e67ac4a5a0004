import Foundation
import GlaneurCore

/// Finds numeric claims (counts, money, percentages, durations, multipliers, measures), normalised, and
/// lists every number it read in the `numbers` layer with the reason it is not a claim when it is not.
///
/// Number formats, units, currencies and qualifiers come from `lexicons/numbers` (option `lexicons`).
/// The stage splits sentences into its own lexemes, so it does not depend on token boundaries; it uses
/// URL-like tokens, and entities when the entities stage ran, to reject numbers inside names and to find
/// claim subjects.
public struct ClaimsStage: Stage {
    public let name = "claims"
    /// Sentences come with tokens (the tokenize stage produces both); without them the text is one unit.
    public let requires: Set<Layer> = [.tokens]
    public let produces: Set<Layer> = [.claims, .numbers]

    private let french: NumberLexicon
    private let english: NumberLexicon

    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["lexicons"])
        let directory = try options.path("lexicons", default: "lexicons/numbers")
        // Like the entities stage, a pipeline configured away from the repository (no lexicon directory
        // next to it) still builds; a directory named explicitly must exist.
        if options.values["lexicons"] == nil && !FileManager.default.fileExists(atPath: directory.path) {
            french = NumberLexicon()
            english = NumberLexicon()
        } else {
            french = try NumberLexicon(directory: directory, language: "fr")
            english = try NumberLexicon(directory: directory, language: "en")
        }
    }

    public func process(_ document: inout Document) throws {
        let isEnglish = document.language == "en"
        let lexicon = isEnglish ? english : french
        let bytes = Array(document.text.utf8)
        let names = SortedSpans(document.entities.map(\.span))
        let addresses = addressSpans(document, bytes)
        let subjects = ClaimSubjectFinder(entities: document.entities.sorted { $0.span < $1.span }, text: bytes)
        let sentences = document.sentences.isEmpty ? [TextSpan(0, bytes.count)] : document.sentences
        var claims: [Claim] = []
        var mentions: [NumberMention] = []
        bytes.withUnsafeBufferPointer { buffer in
            for sentence in sentences {
                let lexemes = Lexer.lex(buffer, from: sentence.start, to: sentence.end)
                let reader = SentenceClaimReader(lexemes: lexemes, lexicon: lexicon, isEnglish: isEnglish,
                                                 protectedReason: { addresses.overlaps($0) ? "url" : names.extends($0) ? "name" : nil })
                let found = reader.read()
                for var item in found.claims {
                    item.claim.subject = subjects.subject(for: item.claim.span, in: sentence)
                    claims.append(item.claim)
                    mentions.append(contentsOf: item.mentions)
                }
                mentions.append(contentsOf: found.mentions)
            }
        }
        mentions.sort { $0.span < $1.span }
        document.claims = claims
        document.numbers = mentions
        count(claims, mentions, in: &document)
    }

    /// URLs, e-mail addresses, handles and hashtags, from the tokens and from a scan of the text (a URL may
    /// cross sentence boundaries, "?" included): numbers inside them are not quantities.
    private func addressSpans(_ document: Document, _ bytes: [UInt8]) -> SortedSpans {
        var spans: [TextSpan] = []
        for token in document.tokens where token.kind == .url || token.kind == .email || token.kind == .handle || token.kind == .hashtag {
            spans.append(token.span)
        }
        let schemes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("www.".utf8)]
        var position = 0
        while position < bytes.count {
            let byte = bytes[position] | 0x20
            if byte == 0x68 || byte == 0x77, position == 0 || !isWordByte(bytes[position - 1]),
               schemes.contains(where: { hasPrefix(bytes, at: position, $0) }) {
                var end = position
                while end < bytes.count, !isSpaceByte(bytes[end]) { end += 1 }
                // Leave trailing sentence punctuation and a non-ASCII space outside.
                while end > position, [0x2E, 0x2C, 0x29, 0x3B, 0x3A].contains(bytes[end - 1]) { end -= 1 }
                spans.append(TextSpan(position, end))
                position = max(end, position + 1)
            } else {
                position += 1
            }
        }
        return SortedSpans(spans)
    }

    private func hasPrefix(_ bytes: [UInt8], at position: Int, _ prefix: [UInt8]) -> Bool {
        guard position + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[position + offset] | (prefix[offset] >= 0x61 ? 0x20 : 0) != prefix[offset] {
            return false
        }
        return true
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
    }

    /// ASCII whitespace, or the lead byte of a multi-byte character (no-break spaces and the like end a URL too).
    private func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte >= 0xC0
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
        let count = startingBefore(span.end)
        return count > 0 && maximumEnds[count - 1] > span.start
    }

    /// Whether a span overlaps `span` and reaches beyond it: "Mate 60 Pro" extends "60"; an entity that is
    /// only the number word itself ("un" read as "UN") does not.
    func extends(_ span: TextSpan) -> Bool {
        var index = startingBefore(span.end) - 1
        while index >= 0, maximumEnds[index] > span.start {
            let other = spans[index]
            if other.end > span.start && !span.contains(other) { return true }
            index -= 1
        }
        return false
    }

    /// The number of spans starting before `offset`.
    private func startingBefore(_ offset: Int) -> Int {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
