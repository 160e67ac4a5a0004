import Foundation
import GlaneurCore

/// Finds entity mentions: curated lexicon aliases (leftmost-longest over folded units), names no
/// lexicon lists when a cue types them, and short person mentions linked to a full name of the
/// same document.
///
/// Options: `lexicons` (a directory of `*.jsonl` lexicons, or one file), `names` (the directory of
/// name resources for discovery), `discovery` (false to report lexicon matches only).
public struct EntitiesStage: Stage {
    public let name = "entities"
    public let requires: Set<Layer> = [.tokens]
    public let produces: Set<Layer> = [.entities]

    private let entries: [LexiconEntry]
    private let entryFiles: [String]
    private let matcher: AliasMatcher
    private let discovery: NameDiscovery?
    private let resolution: MentionResolution

    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["lexicons", "names", "discovery"])
        let lexicon = try Lexicon(contentsOf: try options.path("lexicons", default: "lexicons/entities"))
        if let error = lexicon.errors.first {
            throw ConfigurationError("stage 'entities': \(error.location): \(error.message) (run `glaneur lexicon check`)")
        }
        let resources = try NameResources(directory: try options.path("names", default: "lexicons/names"))
        self.init(entries: lexicon.entries, resources: resources, discovery: try options.bool("discovery", default: true))
    }

    /// A stage over entries already read (tests, benchmarks).
    public init(entries: [LocatedEntry], resources: NameResources, discovery: Bool = true) {
        self.entries = entries.map(\.entry)
        self.entryFiles = entries.map(\.location.file)
        self.matcher = AliasMatcher(entries: self.entries)
        self.discovery = discovery ? NameDiscovery(resources: resources) : nil
        self.resolution = MentionResolution(resources: resources)
    }

    public func process(_ document: inout Document) throws {
        let units = matcher.units(of: document.text, tokens: document.tokens)
        let matches = acceptedMatches(matcher.matches(in: units, text: document.text), units: units, document: document)
        let words = DocumentWords(text: document.text, units: units, sentences: document.sentences)
        var covered = Array(repeating: false, count: units.count)
        var mentions: [Mention] = []
        for match in matches {
            let entryIndex = matcher.aliases[match.alias].entry
            let entry = entries[entryIndex]
            for unit in match.units { covered[unit] = true }
            mentions.append(Mention(words: match.units, type: entry.type, canonical: entry.canonical, id: entry.id,
                                    origin: .lexicon, rule: entryFiles[entryIndex]))
            document.count("matched:\(entry.type.rawValue)", stage: name)
        }
        if let discovery {
            for name in discovery.discover(in: words, covered: covered) {
                for unit in name.words { covered[unit] = true }
                let canonical = Self.surface(name.words, words, document.text)
                mentions.append(Mention(words: name.words, type: name.type, canonical: canonical, id: nil,
                                        origin: .discovered, rule: "discovery:\(name.rule)"))
            }
        }
        mentions = resolution.resolve(mentions, words: words, covered: covered)
        mentions.sort { $0.words.lowerBound < $1.words.lowerBound }
        var discoveredNames: Set<String> = []
        for mention in mentions {
            let span = TextSpan(units[mention.words.lowerBound].start, units[mention.words.upperBound - 1].end)
            document.entities.append(Entity(span: span, type: mention.type, canonical: mention.canonical, id: mention.id,
                                            origin: mention.origin, rule: mention.rule))
            switch mention.origin {
            case .discovered:
                document.count("discovered:\(mention.type.rawValue)", stage: name)
                discoveredNames.insert(mention.canonical)
            case .alias:
                document.count("linked_short_names", stage: name)
            case .lexicon:
                break
            }
        }
        for discovered in discoveredNames {
            document.count("discovered_name:\(discovered)", stage: name)
        }
    }

    /// Applies the entries' hints: one-word aliases of `needs-context` entries need a longer mention
    /// of the same entity in the document; those of `ambiguous` entries are dropped at the start of
    /// a sentence unless the entity is also found elsewhere.
    private func acceptedMatches(_ matches: [AliasMatch], units: [DocumentUnit], document: Document) -> [AliasMatch] {
        var confirmed: Set<Int> = []
        var seenInside: Set<Int> = []
        let starts = Set(document.sentences.map(\.start))
        func isSentenceInitial(_ match: AliasMatch) -> Bool {
            starts.contains(match.span.start) || (match.units.lowerBound == 0)
        }
        for match in matches {
            let alias = matcher.aliases[match.alias]
            if alias.unitCount >= 2 { confirmed.insert(alias.entry) }
            if !isSentenceInitial(match) { seenInside.insert(alias.entry) }
        }
        return matches.filter { match in
            let alias = matcher.aliases[match.alias]
            guard alias.unitCount == 1 else { return true }
            let hints = entries[alias.entry].hints
            if hints.contains(.needsContext), !confirmed.contains(alias.entry) { return false }
            if hints.contains(.ambiguous), isSentenceInitial(match), !confirmed.contains(alias.entry), !seenInside.contains(alias.entry) {
                return false
            }
            return true
        }
    }

    /// The text of a run of words with whitespace collapsed to single spaces.
    private static func surface(_ range: Range<Int>, _ words: DocumentWords, _ text: String) -> String {
        let span = TextSpan(words[range.lowerBound].span.start, words[range.upperBound - 1].span.end)
        return text.slice(span).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
