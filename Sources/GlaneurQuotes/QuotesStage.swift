import Foundation
import GlaneurCore

/// Finds direct quotes (between quotation marks) and indirect quotes (cue verb with a content clause,
/// "selon X", "according to X") in French and English, and attributes each to a speaker with ordered,
/// named rules: incise after or inside the quote, speaker and cue before a colon, "selon", subject of
/// the cue verb, and inheritance along a run of quotes.
public struct QuotesStage: Stage {
    public let name = "quotes"
    public let requires: Set<Layer> = [.tokens, .sentences, .entities]
    public let produces: Set<Layer> = [.quotes]

    private let lexicon: QuoteLexicon

    /// Options: `lexicons`, the directory of the cue, pronoun and speaker-noun lists (default `lexicons/quotes`).
    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["lexicons"])
        lexicon = try QuoteLexicon(directory: try options.path("lexicons", default: "lexicons/quotes"))
    }

    public func process(_ document: inout Document) throws {
        let annotator = QuoteAnnotator(document: document, lexicon: lexicon)
        let (quotes, repaired) = annotator.quotes()
        document.quotes = quotes
        for quote in quotes {
            document.count(quote.kind.rawValue, stage: name)
            document.count("rule.\(quote.rule)", stage: name)
            if quote.speaker?.canonical != nil { document.count("attributed", stage: name) }
            if quote.speaker != nil && quote.speaker?.canonical == nil { document.count("speaker_unnamed", stage: name) }
        }
        document.count("unbalanced_repaired", repaired, stage: name)
    }
}
