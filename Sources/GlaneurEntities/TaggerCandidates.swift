import Foundation
import GlaneurCore
import GlaneurNameTagger

/// Names the learned tagger finds in the gaps the lexicon and the gazetteers leave: a tagged name
/// is kept when its confidence reaches the threshold and none of its words is already covered.
struct TaggerCandidates {
    let tagger: NameTagger
    /// Lowest confidence (the least likely label of the name, from 0 to 1) of a name kept.
    let threshold: Double

    func find(in document: Document, words: DocumentWords, covered: [Bool], resources: NameResources, existing: [Mention]) -> [Mention] {
        var mentions: [Mention] = []
        var tokenIndex = 0
        let tokens = document.tokens
        var capitalisedInside: Set<String>?
        var lowerCase: Set<String>?
        let coveredTokens = Self.coveredTokens(tokens, words: words, covered: covered)
        let bytes = Array(document.text.utf8)
        for sentence in document.sentences {
            while tokenIndex < tokens.count, tokens[tokenIndex].span.end <= sentence.start { tokenIndex += 1 }
            let first = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].span.start < sentence.end { tokenIndex += 1 }
            // Only stretches around capitalised tokens no earlier source took are tagged (a token
            // opening with a byte beyond ASCII is looked at by the tagger itself).
            guard (first..<tokenIndex).contains(where: { index in
                let lead = bytes[tokens[index].span.start]
                return !coveredTokens[index] && (lead >= 0x41 && lead <= 0x5A || lead >= 0x80)
            }) else { continue }
            let sentenceTokens = tokens[first..<tokenIndex].map { TaggerToken(text: document.text.slice($0.span), folded: $0.folded) }
            for name in tagger.names(in: sentenceTokens, isOpen: { !coveredTokens[first + $0] }) where name.confidence >= threshold {
                let span = TextSpan(tokens[first + name.tokens.lowerBound].span.start, tokens[first + name.tokens.upperBound - 1].span.end)
                guard let tagged = Self.words(in: span, words), !words.titleCaseSentences.contains(words[tagged.lowerBound].sentence),
                      let range = Self.trimmed(tagged, words: words, resources: resources, type: name.type),
                      !range.contains(where: { covered[$0] }),
                      let type = EntityType(rawValue: name.type.rawValue),
                      !Self.isOnlyCommonWords(range, words: words, resources: resources) else { continue }
                // "Health officials said…": a name whose every word the document also writes in lower case is a common phrase.
                if lowerCase == nil { lowerCase = Self.lowerCaseWords(words) }
                if range.allSatisfy({ lowerCase?.contains(words[$0].folded) == true || words.lists.functionWords.contains(words[$0].folded) }) {
                    continue
                }
                // "Angry residents…": one capitalised word opening a sentence is a name only when the
                // document also capitalises it elsewhere.
                if range.count == 1, words[range.lowerBound].isSentenceInitial {
                    if capitalisedInside == nil { capitalisedInside = Self.capitalisedInside(words) }
                    guard capitalisedInside?.contains(words[range.lowerBound].folded) == true else { continue }
                }
                mentions.append(Mention(words: range, type: type, canonical: words.surface(range, in: document.text), id: nil,
                                        origin: .tagger, rule: "tagger"))
            }
        }
        return Self.singleWordsChecked(Self.agreeingOnType(mentions, words: words), existing: existing, words: words, resources: resources)
    }

    /// One word is a person when it ends a person's full name of the document ("Holm" after
    /// "Lennart Holm", whatever type the model gave it) or follows a title ("Dr Pandit"); other
    /// single words typed as persons are mostly places and firms the model does not know.
    static func singleWordsChecked(_ mentions: [Mention], existing: [Mention], words: DocumentWords, resources: NameResources) -> [Mention] {
        var surnames: Set<String> = []
        for mention in existing + mentions where mention.type == .person && mention.words.count > 1 {
            surnames.insert(words[mention.words.upperBound - 1].folded)
        }
        return mentions.compactMap { mention in
            guard mention.words.count == 1 else { return mention }
            let index = mention.words.lowerBound
            if surnames.contains(words[index].folded) {
                var person = mention
                person.type = .person
                return person
            }
            guard mention.type == .person else { return mention }
            return index > 0 && resources.titles.contains(words[index - 1].folded) ? mention : nil
        }
    }

    /// The same name tagged with different types in one document takes the type it was given most
    /// often (the first one given on a tie).
    static func agreeingOnType(_ mentions: [Mention], words: DocumentWords) -> [Mention] {
        var votes: [String: [EntityType: Int]] = [:]
        var order: [String: [EntityType]] = [:]
        func key(_ mention: Mention) -> String { mention.words.map { words[$0].folded }.joined(separator: " ") }
        for mention in mentions {
            let name = key(mention)
            votes[name, default: [:]][mention.type, default: 0] += 1
            if !(order[name]?.contains(mention.type) ?? false) { order[name, default: []].append(mention.type) }
        }
        return mentions.map { mention in
            let name = key(mention)
            guard let counts = votes[name], counts.count > 1, let types = order[name],
                  let best = types.max(by: { counts[$0, default: 0] < counts[$1, default: 0] || (counts[$0, default: 0] == counts[$1, default: 0] && types.firstIndex(of: $0)! > types.firstIndex(of: $1)!) })
            else { return mention }
            var agreed = mention
            agreed.type = best
            return agreed
        }
    }

    /// The name within a tagged range: it stops before punctuation other than "&", loses leading
    /// words that are lower case, function words or titles ("Bishop"), demonyms before a person's
    /// name ("Malian Awa Traoré"), and trailing lower-case
    /// words ("Samar province"); a person's name starts after the last title inside it ("Gov.").
    /// Nil when no capitalised word without digits is left.
    static func trimmed(_ range: Range<Int>, words: DocumentWords, resources: NameResources, type: NameType) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound
        // A capitalised article inside a sentence belongs to the name ("La Roche-sur-Yon"), except "The".
        func isDropped(_ index: Int) -> Bool {
            !words[index].isCapitalized || resources.titles.contains(words[index].folded)
                || type == .person && resources.demonyms.contains(words[index].folded)
                || words.lists.functionWords.contains(words[index].folded) && (words[index].isSentenceInitial || words[index].folded == "the")
        }
        while start < end, !words[start].isWord || isDropped(start) { start += 1 }
        let whole = start..<end
        if let stop = (start..<end).first(where: { !words[$0].isWord && words[$0].folded != "&" }) { end = stop }
        // "Cebu Gov. Tomas Arroyo": a person after the title; "Village of X Mayor Y": an organisation before it.
        if let title = (start + 1..<max(start + 1, end)).first(where: { resources.titles.contains(words[$0].folded) && !words[$0].isGlued }) {
            if type == .person {
                start = title + 1
            } else {
                end = title
            }
        }
        let capitalisedEnd = end
        while end > start, !words[end - 1].isCapitalized { end -= 1 }
        // "Hydro" of "Hydro-Québec": a name glued to a word outside it is a piece of a compound.
        guard start < end, !words[start].hasDigit, !words[start].isGlued, end == words.count || !words[end].isGlued else { return nil }
        // "Coupe de France" cut to "Coupe": a longer tagged name cut down to one word is no name,
        // unless only an administrative noun was cut ("Samar province").
        if end - start == 1, whole.count > 1, start..<end != whole {
            let cut = end..<capitalisedEnd
            guard capitalisedEnd == whole.upperBound, !cut.isEmpty,
                  cut.allSatisfy({ administrativeNouns.contains(words[$0].folded) }) else { return nil }
        }
        return start..<end
    }

    /// Whether every word of `range` is a demonym ("European"), a title or role ("Vice-Chairman"), a
    /// month or a weekday, a number word or a function word: such words are capitalised by
    /// convention or position, never a name on their own.
    static func isOnlyCommonWords(_ range: Range<Int>, words: DocumentWords, resources: NameResources) -> Bool {
        range.allSatisfy { index in
            let word = words[index].folded
            return !words[index].isWord || resources.demonyms.contains(word) || resources.titles.contains(word)
                || words.lists.calendarWords.contains(word) || words.lists.numberWords.contains(word)
                || words.lists.functionWords.contains(word)
        }
    }

    /// Folded words the document writes in lower case somewhere.
    private static func lowerCaseWords(_ words: DocumentWords) -> Set<String> {
        var found: Set<String> = []
        for index in 0..<words.count where words[index].isWord && !words[index].isCapitalized {
            found.insert(words[index].folded)
        }
        return found
    }

    /// Lower-case nouns that follow a place's name without being part of it.
    private static let administrativeNouns: Set<String> = [
        "province", "district", "region", "departement", "commune", "canton", "municipality", "county", "state",
    ]

    /// Folded words the document capitalises somewhere other than at the start of a sentence.
    private static func capitalisedInside(_ words: DocumentWords) -> Set<String> {
        var found: Set<String> = []
        for index in 0..<words.count where words[index].isCapitalized && !words[index].isSentenceInitial {
            found.insert(words[index].folded)
        }
        return found
    }

    /// Per token, whether every word within it is covered.
    private static func coveredTokens(_ tokens: [Token], words: DocumentWords, covered: [Bool]) -> [Bool] {
        var result = Array(repeating: false, count: tokens.count)
        var word = 0
        for (index, token) in tokens.enumerated() {
            while word < words.count, words[word].span.start < token.span.start { word += 1 }
            var inside = word, allCovered = true, any = false
            while inside < words.count, words[inside].span.end <= token.span.end {
                any = true
                allCovered = allCovered && covered[inside]
                inside += 1
            }
            result[index] = any && allCovered
        }
        return result
    }

    /// The words lying within `span`, nil when none does.
    private static func words(in span: TextSpan, _ words: DocumentWords) -> Range<Int>? {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].span.start < span.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < words.count, words[end].span.end <= span.end { end += 1 }
        return end > low ? low..<end : nil
    }
}

extension TaggerLexicon {
    /// The membership lists the entities stage gives its tagger, and the training command too: the
    /// name lists of `names` and the aliases of the lexicon `entries` by type ("lexicon-PLACE"...),
    /// plus the place names of the world gazetteer (`places.tsv` of `gazetteer`, second column) as
    /// "gazetteer-PLACE" when given.
    public static func entitiesStage(names: URL, entries: [LexiconEntry], gazetteer: URL? = nil) throws -> TaggerLexicon {
        try entitiesStage(names: names, entries: entries, gazetteer: gazetteer.map { try Gazetteer(directory: $0) } ?? Gazetteer())
    }

    /// The same lists, the gazetteer's place names taken from an already loaded `gazetteer`.
    public static func entitiesStage(names: URL, entries: [LexiconEntry], gazetteer: Gazetteer) throws -> TaggerLexicon {
        var lexicon = TaggerLexicon()
        // Place names, the lexicon's aliases (about two per entry) and the name lists.
        lexicon.reserveCapacity(gazetteer.nameCount(in: "places.tsv") + 2 * entries.count + 30_000)
        try lexicon.addNameLists(in: names)
        for entry in entries where entry.type != .product {
            for name in entry.names { lexicon.add(name, to: "lexicon-\(entry.type.rawValue)") }
        }
        gazetteer.forEachName(in: "places.tsv") { lexicon.add(utf8: $0, to: "gazetteer-PLACE") }
        return lexicon
    }
}
