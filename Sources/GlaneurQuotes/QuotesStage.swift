import Foundation
import GlaneurCore

/// Finds direct quotes (between quotation marks) and indirect quotes (cue verb with a content clause,
/// "selon X", "according to X") in French and English, and attributes each to a speaker with ordered,
/// named rules: incise after or inside the quote, speaker and cue before a colon, "selon", subject of
/// the cue verb, and inheritance along a run of quotes.
public struct QuotesStage: Stage {
    public static let stageName = "quotes"
    public static let requiredLayers: Set<Layer> = [.text, .paragraphs, .tokens, .sentences, .entities]
    /// Besides quotes, persons named at an attribution site that the entities layer missed are added to it.
    public static let producedLayers: Set<Layer> = [.quotes, .entities]

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
        let added = Self.speakerEntities(quotes, missingFrom: document.entities, text: document.text)
        if !added.isEmpty {
            document.entities = (document.entities + added).sorted { $0.span < $1.span }
            document.count("speaker_entities", added.count, stage: name)
        }
        for quote in quotes {
            document.count(quote.kind.rawValue, stage: name)
            document.count("rule.\(quote.rule)", stage: name)
            if quote.speaker?.canonical != nil { document.count("attributed", stage: name) }
            if quote.speaker != nil && quote.speaker?.canonical == nil { document.count("speaker_unnamed", stage: name) }
        }
        document.count("unbalanced_repaired", repaired, stage: name)
    }

    /// Entities for persons named at the attribution site that no entity mention covers: the quote context
    /// is evidence the entities stage did not use. Only full names (two to four capitalised words, no
    /// acronym): a single word or an organisation needs more evidence than a cue verb gives.
    static func speakerEntities(_ quotes: [Quote], missingFrom entities: [Entity], text: String) -> [Entity] {
        var covered = entities.map(\.span)
        var added: [Entity] = []
        for quote in quotes {
            guard let speaker = quote.speaker, speaker.resolution == "name", let canonical = speaker.canonical,
                  let mention = speaker.mention, speaker.type == .person, isFullName(text.slice(mention)) else { continue }
            let type = EntityType.person
            if covered.contains(where: { $0.start < mention.end && mention.start < $0.end }) { continue }
            added.append(Entity(span: mention, type: type, canonical: canonical, id: speaker.entityID, origin: .discovered,
                                rule: "quote-speaker"))
            covered.append(mention)
        }
        return added
    }

    private static func isFullName(_ name: Substring) -> Bool {
        let parts = name.split(separator: " ")
        return (2...4).contains(parts.count) && parts.allSatisfy { part in
            part.first?.isUppercase == true && part.dropFirst().contains(where: \.isLowercase)
        }
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
