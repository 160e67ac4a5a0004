import Foundation
import GlaneurCore
import GlaneurNameTagger

/// Finds entity mentions: curated lexicon aliases (leftmost-longest over folded units), names no
/// lexicon lists when a cue types them, and short person mentions linked to a full name of the
/// same document.
///
/// Options: `lexicons` (a directory of `*.jsonl` lexicons, or one file), `names` (the directory of
/// name resources for discovery), `gazetteer` (the directory of the generated world gazetteer),
/// `cues` (the directory holding the `fr/` and `en/` cue word lists), `discovery` (false to report
/// lexicon matches only), `tagger` (false to leave the learned name tagger out), `tagger-model`
/// (its directory, holding `model.gnt`), `tagger-threshold` (lowest confidence of a tagged name kept).
///
/// Resolution order: curated lexicon, then gazetteer places accepted on context, then discovery
/// cues, then the learned tagger in the gaps left; each mention's `origin` and `rule` say which
/// source decided.
public struct EntitiesStage: Stage {
    public static let stageName = "entities"
    public static let requiredLayers: Set<Layer> = [.text, .tokens, .sentences]
    public static let producedLayers: Set<Layer> = [.entities]
    /// Lowest confidence of a tagged name kept (the model is confident even when wrong: this only trims the least sure names).
    public static let defaultTaggerThreshold = 0.95

    private let entries: [LexiconEntry]
    private let entryFiles: [String]
    private let matcher: AliasMatcher
    private let modelCodes: ModelCodes
    private let camelCaseBrands: CamelCaseBrands
    private let discovery: NameDiscovery?
    private let resolution: MentionResolution
    private let resources: NameResources
    private let places: GazetteerPlaces?
    private let tagger: TaggerCandidates?
    private let lists: EntityWordLists

    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["lexicons", "names", "gazetteer", "cues", "discovery", "tagger", "tagger-model", "tagger-threshold"])
        // `lexicons` may name one file; by default the curated directory is located like other stage data.
        let source = options.values["lexicons"] != nil
            ? try options.path("lexicons", default: "")
            : try options.dataDirectory("lexicons", default: "lexicons/entities")
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon(contentsOf: source)
        } catch let error as LexiconFormatError {
            throw ConfigurationError("stage 'entities': \(error.message)")
        }
        if let error = lexicon.errors.first {
            throw ConfigurationError("stage 'entities': \(error.location): \(error.message) (run `glaneur lexicon check`)")
        }
        let namesDirectory = try options.dataDirectory("names", default: "lexicons/names")
        let resources = try NameResources(directory: namesDirectory)
        let gazetteerDirectory = try options.dataDirectory("gazetteer", default: "lexicons/gazetteer")
        let gazetteer = try Gazetteer(directory: gazetteerDirectory)
        let cues = try options.dataDirectory("cues", default: "lexicons/entities")
        let placeCues = try (fr: RoleWordList(directory: cues, file: "place-cues.txt", languages: ["fr"]),
                             en: RoleWordList(directory: cues, file: "place-cues.txt", languages: ["en"]))
        let lists = try EntityWordLists(directory: cues)
        var tagger: TaggerCandidates?
        if try options.bool("tagger", default: true) {
            let directory = try options.dataDirectory("tagger-model", default: "lexicons/models/name-tagger")
            let model = try NameTaggerModel(contentsOf: directory.appendingPathComponent("model.gnt"))
            let taggerLexicon = try TaggerLexicon.entitiesStage(names: namesDirectory, entries: lexicon.entries.map(\.entry),
                                                                gazetteer: gazetteer)
            tagger = TaggerCandidates(tagger: NameTagger(model: model, lexicon: taggerLexicon),
                                      threshold: try options.double("tagger-threshold", default: Self.defaultTaggerThreshold, in: 0...1))
        }
        self.init(entries: lexicon.entries, resources: resources, lists: lists, discovery: try options.bool("discovery", default: true),
                  places: GazetteerPlaces(gazetteer: gazetteer, french: .init(placeCues.fr), english: .init(placeCues.en), resources: resources),
                  tagger: tagger)
    }

    /// A stage over entries already read (tests, benchmarks), without gazetteer places, with the
    /// learned tagger when given.
    public init(entries: [LocatedEntry], resources: NameResources, lists: EntityWordLists, discovery: Bool = true,
                tagger: NameTagger? = nil, taggerThreshold: Double = Self.defaultTaggerThreshold) {
        self.init(entries: entries, resources: resources, lists: lists, discovery: discovery, places: nil,
                  tagger: tagger.map { TaggerCandidates(tagger: $0, threshold: taggerThreshold) })
    }

    /// `places` finds gazetteer places when discovery is on.
    init(entries: [LocatedEntry], resources: NameResources, lists: EntityWordLists, discovery: Bool, places: GazetteerPlaces?,
         tagger: TaggerCandidates?) {
        self.lists = lists
        self.places = discovery ? places : nil
        self.entries = entries.map(\.entry)
        self.entryFiles = entries.map(\.location.file)
        self.matcher = AliasMatcher(entries: self.entries)
        self.modelCodes = ModelCodes(entries: self.entries)
        self.camelCaseBrands = CamelCaseBrands(entries: self.entries)
        self.discovery = discovery ? NameDiscovery(resources: resources) : nil
        self.resolution = MentionResolution(resources: resources)
        self.resources = resources
        self.tagger = tagger
    }

    public func process(_ document: inout Document) throws {
        let units = matcher.units(of: document.text, tokens: document.tokens)
        let words = DocumentWords(text: document.text, units: units, tokens: document.tokens, sentences: document.sentences, lists: lists)
        let matches = acceptedMatches(matcher.matches(in: units.units, text: document.text), units: units.units, words: words)
        var mentions: [Mention] = matches.map { match in
            let entryIndex = matcher.aliases[match.alias].entry
            let entry = entries[entryIndex]
            return Mention(words: match.units, type: entry.type, canonical: entry.canonical, id: entry.id,
                           origin: .lexicon, rule: entryFiles[entryIndex])
        }
        mentions = IndexNames.retype(mentions, words: words, text: document.text)
        mentions = CompassRegions.retype(mentions, words: words, text: document.text)
        mentions += modelMentions(after: mentions, words: words)
        mentions.sort { $0.words.lowerBound < $1.words.lowerBound }
        mentions = ProductVersions.extend(mentions, words: words, text: document.text)
        mentions = CompanySuffixes.extend(mentions, words: words, text: document.text)
        mentions = CompanySuffixes.hyphenatedBranches(mentions, words: words, text: document.text)
        var covered = Array(repeating: false, count: words.count)
        for mention in mentions {
            for unit in mention.words { covered[unit] = true }
        }
        let french = document.language?.hasPrefix("fr") == true
        if let places {
            let branches = AcronymOrganizations.find(in: words, covered: &covered, mentions: &mentions, text: document.text,
                                                     links: places.links, resources: resources)
            mentions += branches
            for place in places.find(in: words, covered: covered, known: mentions, french: french) {
                for unit in place.words { covered[unit] = true }
                mentions.append(place)
            }
        }
        if let discovery {
            // Products beside their kind's noun and camel-case brands, before the other discovery rules.
            let products = ProductNouns.find(in: words, covered: covered, text: document.text, french: french)
            for product in products {
                for unit in product.words { covered[unit] = true }
            }
            let brands = camelCaseBrands.find(in: words, covered: covered, text: document.text)
            for brand in brands {
                for unit in brand.words { covered[unit] = true }
            }
            mentions += products + brands
            // The mention covering each word, so that discovered organisation names take in the
            // matches inside them in time linear in the document.
            var owner = Array(repeating: -1, count: words.count)
            for (index, mention) in mentions.enumerated() {
                for unit in mention.words { owner[unit] = index }
            }
            var removed = Array(repeating: false, count: mentions.count)
            for name in discovery.discover(in: words, covered: covered, french: french) {
                var range = name.words
                if name.rule == "org-marker" || name.rule == "org-speaker" {
                    guard let absorbed = absorbContained(in: range, mentions, owner: owner, removed: &removed, words: words) else { continue }
                    range = absorbed
                }
                // "Peking Union Medical College": a place or organisation name right before a marked
                // organisation name is part of it.
                if name.rule == "org-marker", range.lowerBound > 0, case let previous = owner[range.lowerBound - 1], previous >= 0,
                   !removed[previous], mentions[previous].words.upperBound == range.lowerBound, mentions[previous].origin == .lexicon,
                   mentions[previous].type != .person, mentions[previous].type != .product,
                   mentions[previous].words.allSatisfy({ words[$0].isCapitalized || words[$0].isGlued }),
                   words[range.lowerBound].sentence == words[range.lowerBound - 1].sentence {
                    range = mentions[previous].words.lowerBound..<range.upperBound
                    removed[previous] = true
                }
                for unit in range { covered[unit] = true }
                mentions.append(Mention(words: range, type: name.type, canonical: words.surface(range, in: document.text),
                                        id: nil, origin: .discovered, rule: "discovery:\(name.rule)"))
                removed.append(false)
                for unit in range { owner[unit] = mentions.count - 1 }
            }
            mentions = mentions.indices.filter { !removed[$0] }.map { mentions[$0] }
        }
        if let tagger {
            let names = tagger.find(in: document, words: words, covered: covered, resources: resources, existing: mentions)
            for name in names {
                for unit in name.words { covered[unit] = true }
            }
            mentions += names
        }
        mentions = BracketedAcronyms.link(mentions, words: words, covered: &covered)
        mentions = resolution.resolve(mentions, words: words, covered: covered)
        let isPlace = { (key: String) in places?.gazetteer.places(named: key) != nil }
        mentions = HyphenCompounds.join(mentions, words: words, text: document.text, isPlace: isPlace)
        mentions = WeakNameGuards.filter(mentions, words: words, resources: resources, text: document.text)
        mentions = WeakNameGuards.joinContinuations(mentions, words: words, text: document.text)
        mentions = WeakNameGuards.splitLocatives(mentions, words: words, text: document.text, resources: resources, isPlace: isPlace)
        // "cheminots": a person's name always shows a capital.
        mentions.removeAll { $0.type == .person && !$0.words.contains { words[$0].isCapitalized } }
        mentions.sort { $0.words.lowerBound < $1.words.lowerBound }
        for mention in mentions {
            document.entities.append(Entity(span: words.span(mention.words), type: mention.type, canonical: mention.canonical, id: mention.id,
                                            origin: mention.origin, rule: mention.rule))
            switch mention.origin {
            case .lexicon:
                document.count("matched:\(mention.type.rawValue)", stage: name)
            case .discovered:
                document.count("discovered:\(mention.type.rawValue)", stage: name)
            case .gazetteer:
                document.count("gazetteer:\(mention.type.rawValue)", stage: name)
            case .alias:
                document.count("linked_short_names", stage: name)
            case .tagger:
                document.count("tagged:\(mention.type.rawValue)", stage: name)
            }
        }
    }

    /// "Université de Paris", "tribunal correctionnel de Paris": a discovered organisation name
    /// takes in the place and organisation matches it contains; it is cut before a person or a
    /// match it only overlaps, and dropped when less than two words remain. `owner` gives the
    /// mention covering each word; absorbed mentions are marked in `removed`.
    private func absorbContained(in range: Range<Int>, _ mentions: [Mention], owner: [Int], removed: inout [Bool],
                                 words: DocumentWords) -> Range<Int>? {
        var end = range.upperBound
        for position in range {
            let index = owner[position]
            guard index >= 0, !removed[index] else { continue }
            let mention = mentions[index]
            let inside = mention.words.lowerBound >= range.lowerBound && mention.words.upperBound <= range.upperBound
            if !inside || mention.type == .person {
                end = mention.words.lowerBound
                break
            }
        }
        if end < range.upperBound {
            // A mention starting before the name and reaching into it leaves nothing.
            guard end > range.lowerBound else { return nil }
            while end > range.lowerBound, !words[end - 1].isCapitalized { end -= 1 }
            guard (range.lowerBound..<end).filter({ !words[$0].isGlued || $0 == range.lowerBound }).count >= 2 else { return nil }
        }
        let kept = range.lowerBound..<end
        for position in kept where owner[position] >= 0 {
            let index = owner[position]
            if mentions[index].words.lowerBound >= kept.lowerBound && mentions[index].words.upperBound <= kept.upperBound {
                removed[index] = true
            }
        }
        return kept
    }

    /// The spans of the raw lexicon matches, leftmost-longest, before hints, discovery and
    /// resolution: the compiled matcher alone (benchmarks, lexicon tools).
    public func lexiconMatchSpans(in document: Document) -> [TextSpan] {
        matcher.matches(in: matcher.units(of: document.text, tokens: document.tokens).units, text: document.text).map(\.span)
    }

    /// Products named by a bare code: "R2" once "DeepSeek" is mentioned (lexicon codes), and
    /// "OpenAI o4" / "Apple M4" (a maker's name directly followed by a code of letters and digits).
    private func modelMentions(after mentions: [Mention], words: DocumentWords) -> [Mention] {
        var taken = Array(repeating: false, count: words.count)
        for mention in mentions {
            for index in mention.words { taken[index] = true }
        }
        var found: [Mention] = []
        for mention in mentions where mention.type == .organization {
            let next = mention.words.upperBound
            guard next < words.count, !taken[next], Self.isCode(next, words), !words[next].isGlued,
                  words[next].sentence == words[mention.words.lowerBound].sentence,
                  next + 1 >= words.count || !words[next + 1].isGlued else { continue }
            taken[next] = true
            found.append(Mention(words: next..<next + 1, type: .product, canonical: "\(mention.canonical) \(words.text(next))",
                                 id: nil, origin: .lexicon, rule: "maker-code"))
        }
        var mentioned: Set<String>?
        for index in 0..<words.count where !taken[index] && words[index].isWord && !words[index].isGlued && words[index].hasDigit {
            if mentioned == nil {
                mentioned = Set(mentions.filter { $0.origin == .lexicon }.flatMap { $0.words.map { words[$0].folded } })
            }
            guard let entryIndex = modelCodes.product(for: index, in: words, mentioned: mentioned ?? []) else { continue }
            let entry = entries[entryIndex]
            found.append(Mention(words: index..<index + 1, type: .product, canonical: entry.canonical, id: entry.id,
                                 origin: .lexicon, rule: "\(entryFiles[entryIndex]):code"))
        }
        return found
    }

    private static func isCode(_ index: Int, _ words: DocumentWords) -> Bool {
        words[index].isWord && words[index].hasDigit && words.text(index).count <= 8 && words.text(index).contains(where: \.isLetter)
    }

    /// Applies the entries' hints: one-word aliases of `needs-context` entries need a longer mention
    /// of the same entity in the document, or must stand clear of the start of a sentence; those of
    /// `ambiguous` entries are dropped inside a longer capitalised sequence ("The Endless Frontier")
    /// unless the entity is confirmed by a longer mention.
    private func acceptedMatches(_ matches: [AliasMatch], units: [DocumentUnit], words: DocumentWords) -> [AliasMatch] {
        var confirmed: Set<Int> = []
        var commonWords: [Int32: Bool] = [:]
        var matched = Array(repeating: false, count: words.count)
        for match in matches {
            for unit in match.units { matched[unit] = true }
            if matcher.aliases[match.alias].unitCount >= 2 { confirmed.insert(matcher.aliases[match.alias].entry) }
        }
        return matches.filter { match in
            let alias = matcher.aliases[match.alias]
            guard alias.unitCount == 1 else { return !isArticleBeforeCommonNoun(match.units, alias.casing, words) }
            let type = entries[alias.entry].type
            if isInsideAcronymCompound(match.units.lowerBound, words) { return false }
            if type == .organization, CompanySuffixes.acronymOpensLongerName(match.units.lowerBound, words, matched) {
                return false
            }
            if type == .person, namesAnotherPerson(match.units.lowerBound, entries[alias.entry], words, matched) { return false }
            if type != .product, continuesAsCompound(match.units.upperBound, words) { return false }
            if type != .person, endsLongerName(match.units.lowerBound, words, matched) { return false }
            if type == .place || type == .organization, startsPersonName(match.units.lowerBound, words, matched) { return false }
            if type != .person, endsPersonName(match.units.lowerBound, words, matched) { return false }
            let hints = entries[alias.entry].hints
            guard !confirmed.contains(alias.entry) else { return true }
            if words[match.units.lowerBound].isSentenceInitial, words.text(match.units.lowerBound).dropFirst().contains(where: \.isLowercase) {
                let id = units[match.units.lowerBound].id
                let isCommon = commonWords[id] ?? isCommonWord(id, units, words)
                commonWords[id] = isCommon
                if isCommon { return false }
            }
            if hints.contains(.needsContext) { return false }
            return !hints.contains(.ambiguous) || !hasCapitalizedNeighbour(match.units, words)
        }
    }

    /// "Jour de la Libération", "Tour de France": a one-word name after a free capitalised word and
    /// "de", "du", "de la", "d’" or "of" ends a longer name (not after a title: "Président de la France").
    private func endsLongerName(_ index: Int, _ words: DocumentWords, _ matched: [Bool]) -> Bool {
        var position = index - 1
        var connectors = 0
        while position >= 0, connectors < 2, words[position].isWord,
              ["de", "du", "des", "d", "la", "l", "of", "the"].contains(words[position].folded) {
            position -= 1
            connectors += 1
        }
        guard connectors > 0, position >= 0, words[position].sentence == words[index].sentence else { return false }
        let head = words[position]
        guard head.isCapitalized, !matched[position], !head.hasDigit, !words.lists.functionWords.contains(head.folded),
              !resources.titles.contains(head.folded), !resources.organizationPrefixes.contains(head.folded) else { return false }
        if !head.isSentenceInitial { return true }
        return position > 0 && ["«", "“", "\""].contains(words.text(position - 1))
    }

    /// "La défense a fait appel": a name that opens with an article ("La Défense") matched where only
    /// the article is capitalised, at the start of a sentence, is a common noun.
    private func isArticleBeforeCommonNoun(_ range: Range<Int>, _ casing: AliasCasing, _ words: DocumentWords) -> Bool {
        guard case .anyCapital = casing, ["la", "le", "les", "l", "the"].contains(words[range.lowerBound].folded) else { return false }
        return !range.dropFirst().contains { words[$0].isCapitalized }
    }

    /// "AP-HP": an acronym of one or two letters joined by a hyphen to another capitalised acronym
    /// is a piece of a longer acronym, not a name of its own.
    private func isInsideAcronymCompound(_ index: Int, _ words: DocumentWords) -> Bool {
        func isAcronym(_ position: Int) -> Bool {
            let text = words.text(position)
            return words[position].isWord && !text.isEmpty && text.allSatisfy { $0.isUppercase }
        }
        let next = index + 1
        guard words[index].isGlued || next < words.count && words[next].isGlued,
              words[index].span.length <= 2, isAcronym(index) else { return false }
        if next < words.count, words[next].isGlued, isAcronym(next),
           words.gapContainsHyphen(TextSpan(words[index].span.end, words[next].span.start)) {
            return true
        }
        return words[index].isGlued && index > 0 && isAcronym(index - 1)
            && words.gapContainsHyphen(TextSpan(words[index - 1].span.end, words[index].span.start))
    }

    /// "Jim Ratcliffe" when the lexicon knows "John Ratcliffe": a one-word surname right after a free
    /// first name that is not the entry's own first name names someone else.
    private func namesAnotherPerson(_ index: Int, _ entry: LexiconEntry, _ words: DocumentWords, _ matched: [Bool]) -> Bool {
        guard endsPersonName(index, words, matched) else { return false }
        let givenName = entry.canonical.split(separator: " ").first.map { TextFolding.fold(String($0)) }
        return givenName != words[index - 1].folded
    }

    /// "Shell companies … a shell": a word the document also writes in lower case is a common word,
    /// so its initial capital at the start of a sentence does not make it a name (acronyms keep theirs).
    private func isCommonWord(_ id: Int32, _ units: [DocumentUnit], _ words: DocumentWords) -> Bool {
        units.indices.contains { units[$0].id == id && words[$0].isWord && !words[$0].isCapitalized }
    }

    /// "Semi-conducteurs": a one-word match glued by a hyphen to a lower-case word is the start of
    /// a compound word, not a name; an English participle or adjective after the hyphen leaves the
    /// name whole ("Paris-based", "London-listed", "Google-backed").
    private func continuesAsCompound(_ next: Int, _ words: DocumentWords) -> Bool {
        guard next < words.count, words[next].isGlued, !words[next].isCapitalized, !words[next].hasDigit,
              !words.lists.nameQualifiers.contains(words[next].folded) else { return false }
        let gap = TextSpan(words[next - 1].span.end, words[next].span.start)
        return words.gapContainsHyphen(gap)
    }

    /// "Florence Parly", "Maurice Lévy": a one-word place or organisation that is also a first name,
    /// followed by a free capitalised word, starts a person's name.
    private func startsPersonName(_ index: Int, _ words: DocumentWords, _ matched: [Bool]) -> Bool {
        let next = index + 1
        // An acronym ("ESA") is no first name.
        guard resources.firstNames.contains(words[index].folded), words.text(index).contains(where: \.isLowercase),
              next < words.count, !matched[next],
              words[next].isCapitalized, !words[next].isGlued, !words[next].hasDigit,
              words[next].sentence == words[index].sentence else { return false }
        let folded = words[next].folded
        return !words.lists.functionWords.contains(folded) && !resources.organizationSuffixes.contains(folded)
            && !words.lists.placeNouns.contains(folded)
    }

    /// "Nathalie Roche", "Paul Tesla": a one-word match right after a free first name is a surname.
    private func endsPersonName(_ index: Int, _ words: DocumentWords, _ matched: [Bool]) -> Bool {
        let previous = index - 1
        guard previous >= 0, !matched[previous], !words[index].isGlued, words[previous].isCapitalized,
              words[previous].sentence == words[index].sentence else { return false }
        return resources.firstNames.contains(words[previous].folded) && words.text(previous).contains(where: \.isLowercase)
    }

    /// A capitalised word (not a model number such as "X90s") right before or after `range`.
    private func hasCapitalizedNeighbour(_ range: Range<Int>, _ words: DocumentWords) -> Bool {
        let first = range.lowerBound, end = range.upperBound
        func isNameWord(_ index: Int) -> Bool { words[index].isCapitalized && !words[index].hasDigit }
        if first > 0, isNameWord(first - 1), !words[first].isGlued, words[first - 1].sentence == words[first].sentence,
           !words[first - 1].isSentenceInitial || !words.lists.functionWords.contains(words[first - 1].folded) {
            return true
        }
        return end < words.count && isNameWord(end) && !words[end].isGlued && words[end].sentence == words[first].sentence
    }
}
