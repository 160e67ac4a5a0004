import Foundation
import GlaneurCore

/// Finds numeric claims (counts, money, percentages, durations, multipliers, measures), normalised, and
/// lists every number it read in the `numbers` layer with the reason it is not a claim when it is not.
///
/// Number formats, units, currencies and qualifiers come from `lexicons/numbers` (option `lexicons`).
/// The stage reads the tokens, cut into the pieces number formats are made of (`SentenceLexemes`), so
/// that it does not depend on token boundaries; it uses URL-like tokens, and entities when the
/// entities stage ran, to reject numbers inside names and to find claim subjects.
public struct ClaimsStage: Stage {
    public static let stageName = "claims"
    public static let requiredLayers: Set<Layer> = [.text, .tokens]
    /// Without sentences the text is one unit; without entities no number is protected as part of a
    /// name and claims have no subject.
    public static let optionalLayers: Set<Layer> = [.sentences, .entities]
    public static let producedLayers: Set<Layer> = [.claims, .numbers]

    private let french: NumberLexicon
    private let english: NumberLexicon

    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["lexicons"])
        let directory = try options.dataDirectory("lexicons", default: "lexicons/numbers")
        french = try NumberLexicon(directory: directory, language: "fr")
        english = try NumberLexicon(directory: directory, language: "en")
    }

    public func process(_ document: inout Document) throws {
        let isEnglish = document.language == "en"
        let lexicon = isEnglish ? english : french
        let bytes = Array(document.text.utf8)
        let names = SortedSpans(document.entities.map(\.span))
        let addresses = AddressScanner.spans(in: document, bytes)
        let subjects = ClaimSubjectFinder(entities: document.entities.sorted { $0.span < $1.span }, text: bytes, lexicon: lexicon)
        let sentences = document.sentences.isEmpty ? [TextSpan(0, bytes.count)] : document.sentences
        var claims: [Claim] = []
        var mentions: [NumberMention] = []
        bytes.withUnsafeBufferPointer { buffer in
            var previousCurrency: String?
            var documentCurrency: String?
            var sentenceLexemes = SentenceLexemes(bytes: buffer, tokens: document.tokens, forms: document.foldedForms, lexicon: lexicon)
            for sentence in sentences {
                let windows = sentenceLexemes.windows(of: sentence)
                if windows.count > 1 { document.count("long-sentence-windows", windows.count, stage: name) }
                for window in windows {
                    guard let lexemes = sentenceLexemes.lexemes(of: window) else {
                        // Nothing to read: no claim, so no currency carries over to the next sentence.
                        previousCurrency = nil
                        continue
                    }
                    let reader = SentenceClaimReader(lexemes: lexemes, lexicon: lexicon, isEnglish: isEnglish,
                                                     isGluedToPreviousSentence: Self.isGlued(window, after: buffer),
                                                     previousCurrency: previousCurrency, documentCurrency: documentCurrency,
                                                     protectedReason: { addresses.overlaps($0) ? "url" : names.extends($0) ? "name" : nil })
                    let found = reader.read()
                    previousCurrency = found.claims.last { $0.claim.kind == .money && $0.claim.unit?.count == 3 }?.claim.unit
                    documentCurrency = previousCurrency ?? documentCurrency
                    for var item in found.claims {
                        item.claim.subject = subjects.subject(for: item.claim.span, in: sentence)
                        claims.append(item.claim)
                        mentions.append(contentsOf: item.mentions)
                    }
                    mentions.append(contentsOf: found.mentions)
                }
            }
        }
        mentions.sort { $0.span < $1.span }
        document.claims = claims
        document.numbers = mentions
        count(claims, mentions, in: &document)
    }

    /// Whether punctuation glued to a word comes right before the sentence ("confirmée.2 Les autres").
    private static func isGlued(_ sentence: TextSpan, after bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = sentence.start
        guard start >= 2 else { return false }
        let punctuation: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x29, 0x22]
        let letterBefore = (bytes[start - 2] | 0x20) >= 0x61 && (bytes[start - 2] | 0x20) <= 0x7A || bytes[start - 2] >= 0x80
        return punctuation.contains(bytes[start - 1]) && letterBefore
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
