import Foundation
import GlaneurCore

/// Finds direct quotes (between quotation marks) and indirect quotes (cue verb with a content clause,
/// "selon X", "according to X") in French and English, and attributes each to a speaker with ordered,
/// named rules: incise after or inside the quote, speaker and cue before a colon, "selon", subject of
/// the cue verb, and inheritance along a run of quotes.
public struct QuotesStage: Stage {
    public static let stageName = "quotes"
    public static let requiredLayers: Set<Layer> = [.text, .paragraphs, .tokens, .sentences, .entities]
    public static let producedLayers: Set<Layer> = [.quotes]

    private let lexicon: QuoteLexicon

    /// Options: `lexicons`, the directory of the cue, pronoun and speaker-noun lists (default `lexicons/quotes`).
    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["lexicons"])
        lexicon = try QuoteLexicon(directory: try options.dataDirectory("lexicons", default: "lexicons/quotes"))
    }

    /// Documents longer than this many bytes are annotated in paragraph-aligned windows of about this
    /// size. Attribution looks back for antecedents; bounding that context keeps the stage linear on
    /// huge inputs, while news articles (far shorter) are annotated whole.
    static let windowBytes = 100_000

    public func process(_ document: inout Document) throws {
        var quotes: [Quote] = []
        var repaired = 0
        for window in Self.windows(of: document) {
            let (found, fixed) = QuoteAnnotator(document: window, lexicon: lexicon).quotes()
            quotes += found
            repaired += fixed
        }
        document.quotes = quotes
        for quote in quotes {
            document.count(quote.kind.rawValue, stage: name)
            document.count("rule.\(quote.rule)", stage: name)
            if quote.speaker?.canonical != nil { document.count("attributed", stage: name) }
            if quote.speaker != nil && quote.speaker?.canonical == nil { document.count("speaker_unnamed", stage: name) }
        }
        document.count("unbalanced_repaired", repaired, stage: name)
    }

    /// The document itself when short; otherwise copies holding consecutive runs of its paragraphs
    /// (about `windowBytes` each) and the entities inside them. Spans stay offsets into the whole text.
    static func windows(of document: Document) -> [Document] {
        let paragraphs = document.paragraphs
        guard let first = paragraphs.first, let last = paragraphs.last, last.end - first.start > windowBytes else {
            return [document]
        }
        let entities = document.entities.sorted { $0.span < $1.span }
        var windows: [Document] = []
        var start = 0
        var entityIndex = 0
        while start < paragraphs.count {
            let from = paragraphs[start].start
            var end = start + 1
            while end < paragraphs.count, paragraphs[end].end - from <= windowBytes { end += 1 }
            let upTo = paragraphs[end - 1].end
            var window = document
            window.paragraphs = Array(paragraphs[start..<end])
            while entityIndex < entities.count, entities[entityIndex].span.start < from { entityIndex += 1 }
            var inside: [Entity] = []
            while entityIndex < entities.count, entities[entityIndex].span.start < upTo {
                if entities[entityIndex].span.end <= upTo { inside.append(entities[entityIndex]) }
                entityIndex += 1
            }
            window.entities = inside
            windows.append(window)
            start = end
        }
        return windows
    }
}
