import Foundation
import GlaneurCore

/// Places of the world gazetteer in a document. Finding: every free run of capitalised words (with
/// hyphenated and "de"/"sur"/"la" pieces) whose whole text names a gazetteer place. Deciding: the
/// place's prominence (population, subdivision, country) plus its context must reach a threshold:
/// a preposition or place noun around it, another place of the same country or region mentioned,
/// a name of several words. Guards: a one-word name written in lower case elsewhere in the
/// document, a known first or family name, a short name, an acronym, or a word opening a sentence
/// needs context or a mention elsewhere.
struct GazetteerPlaces: Sendable {
    /// Cue words of one language.
    struct Cues: Sendable {
        var before: Set<String> = []
        var link: Set<String> = []
        var noun: Set<String> = []
        var after: Set<String> = []

        init() {}

        init(_ list: RoleWordList) {
            before = list["before"]
            link = list["link"]
            noun = list["noun"]
            after = list["after"]
        }
    }

    let gazetteer: Gazetteer
    let french: Cues
    let english: Cues
    let resources: NameResources

    /// The words joining a place noun or an acronym to a place, in both languages.
    var links: Set<String> { french.link.union(english.link) }

    /// Score a place needs (prominence in powers of ten plus context points).
    static let threshold = 5.0

    /// A gazetteer match under decision.
    private struct Candidate {
        var words: Range<Int>
        var key: String
        var places: [Gazetteer.Place]
        var context = 0.0
        var guarded = false
        var initial = false
        /// Two words or more besides an opening article ("Baie-Comeau", "Port Louis"; not "L’Union").
        var isCompound = false
    }

    /// The place mentions of `words` outside `covered`; `known` are the mentions already decided
    /// (lexicon places corroborate the gazetteer's places of the same country or region).
    func find(in words: DocumentWords, covered: [Bool], known: [Mention], french isFrench: Bool) -> [Mention] {
        guard !gazetteer.isEmpty else { return [] }
        let cues = isFrench ? french : english
        var candidates = self.candidates(words, covered, links: cues.link)
        guard !candidates.isEmpty else { return [] }
        let lowerCase = lowerCaseWords(words, candidates)
        let personWords = personNameWords(words)
        for index in candidates.indices {
            candidates[index].context = context(candidates[index].words, words, cues)
            candidates[index].isCompound = contentWords(candidates[index].words, words) >= 2
            candidates[index].guarded = isGuarded(candidates[index], words, lowerCase, personWords)
            candidates[index].initial = words[candidates[index].words.lowerBound].isSentenceInitial && !candidates[index].isCompound
        }
        // Countries and regions the document names: from lexicon places, then from places that
        // pass without corroboration.
        var countries: Set<String> = [], regions: Set<String> = []
        for mention in known where mention.type == .place {
            guard let place = gazetteer.places(named: key(mention.canonical))?.first else { continue }
            countries.insert(place.country)
            if place.kind != .country { regions.insert("\(place.country).\(place.admin1)") }
        }
        var accepted: [Int: Gazetteer.Place] = [:]
        for (index, candidate) in candidates.enumerated() where !candidate.guarded && !candidate.initial {
            if let place = decide(candidate, countries: [], regions: []) { accepted[index] = place }
        }
        for place in accepted.values {
            countries.insert(place.country)
            if place.kind != .country { regions.insert("\(place.country).\(place.admin1)") }
        }
        for (index, candidate) in candidates.enumerated() where accepted[index] == nil && !candidate.initial {
            if let place = decide(candidate, countries: countries, regions: regions) { accepted[index] = place }
        }
        // A sentence-initial name counts once the document names the same place elsewhere, or with a place noun after it.
        var placeByKey: [String: Gazetteer.Place] = [:]
        for (index, place) in accepted { placeByKey[candidates[index].key] = place }
        for (index, candidate) in candidates.enumerated() where accepted[index] == nil {
            if let place = placeByKey[candidate.key] {
                accepted[index] = place
            } else if candidate.initial, candidate.context >= 2, let place = decide(candidate, countries: countries, regions: regions) {
                accepted[index] = place
            }
        }
        return accepted.sorted { $0.key < $1.key }.map { index, place in
            Mention(words: candidates[index].words, type: .place, canonical: place.name, id: place.id, origin: .gazetteer,
                    rule: "gazetteer:\(place.kind.rawValue)")
        }
    }

    /// The best place for `candidate`, when its prominence, context and corroboration reach the
    /// threshold. A guarded name needs a context cue; a one-word name without a cue needs a
    /// prominent place (a subdivision, a town of some 50,000 people or more) or, for a town of
    /// some 2,000 people or more, another place of the same region in the document.
    private func decide(_ candidate: Candidate, countries: Set<String>, regions: Set<String>) -> Gazetteer.Place? {
        var best: Gazetteer.Place?
        var bestScore = -Double.infinity
        var bestInRegion = false
        for place in candidate.places {
            var score = place.prominence + candidate.context + (candidate.isCompound ? 1 : 0)
            let inRegion = place.kind != .country && regions.contains("\(place.country).\(place.admin1)")
            if inRegion {
                score += 1.5
            } else if countries.contains(place.country) {
                score += 1
            }
            if score > bestScore { best = place; bestScore = score; bestInRegion = inRegion }
        }
        guard let best, bestScore >= Self.threshold else { return nil }
        if candidate.context < 2 {
            if candidate.guarded { return nil }
            if !candidate.isCompound, best.prominence < 4.7, !(bestInRegion && best.prominence >= 3.3) { return nil }
        }
        return best
    }

    /// Points for the words around a name: a preposition before it, a place noun and link word
    /// before it ("la commune de", "north of"), a place noun after it.
    private func context(_ range: Range<Int>, _ words: DocumentWords, _ cues: Cues) -> Double {
        var points = 0.0
        let start = range.lowerBound, end = range.upperBound
        let sentence = words[start].sentence
        func folded(_ index: Int) -> String? {
            index >= 0 && index < words.count && words[index].isWord && words[index].sentence == sentence ? words[index].folded : nil
        }
        // "dans l’Allier", "in the Bicol region": an article between the cue and the name.
        var before = start - 1
        if let article = folded(before), ["l", "la", "le", "les", "the"].contains(article), !words[before].isCapitalized { before -= 1 }
        if let previous = folded(before), !words[before].isCapitalized || words[before].isSentenceInitial {
            if cues.before.contains(previous) {
                points += 2
            } else if cues.link.contains(previous) {
                // "près de X", "the town of X"; "à l'est de X" too.
                if let noun = folded(before - 1), cues.noun.contains(noun) { points += 2.5 } else { points += 0.5 }
            } else if cues.noun.contains(previous) {
                points += 2
            }
        }
        if let next = folded(end), !words[end].isCapitalized, cues.after.contains(next) { points += 2 }
        return points
    }

    /// One-word names that need a cue: a word the document also writes in lower case, a first or
    /// family name, a short name (three letters or fewer), an acronym, a word after a title, an
    /// organisation marker ("L’Union nationale…"), or a surname of a person named in full elsewhere.
    private func isGuarded(_ candidate: Candidate, _ words: DocumentWords, _ lowerCase: Set<String>, _ personWords: Set<String>) -> Bool {
        let start = candidate.words.lowerBound
        if start > 0, words[start - 1].isWord, resources.titles.contains(words[start - 1].folded) { return true }
        guard !candidate.isCompound else { return false }
        let name = candidate.words.upperBound - 1
        let folded = words[name].folded
        let text = words.text(name)
        if words.lists.numberWords.contains(folded) || words.lists.functionWords.contains(folded)
            || resources.organizationPrefixes.contains(folded) || resources.organizationSuffixes.contains(folded) { return true }
        if text.count <= 3 || !text.contains(where: \.isLowercase) { return true }
        return lowerCase.contains(folded) || resources.firstNames.contains(folded) || resources.familyNames.contains(folded)
            || personWords.contains(folded)
    }

    /// The words of `range` other than an opening article ("L’Union" has one).
    private func contentWords(_ range: Range<Int>, _ words: DocumentWords) -> Int {
        var start = range.lowerBound
        if range.count >= 2, ["l", "la", "le", "les", "the"].contains(words[start].folded) { start += 1 }
        return range.upperBound - start
    }

    /// The folded one-word candidate names the document also writes in lower case.
    private func lowerCaseWords(_ words: DocumentWords, _ candidates: [Candidate]) -> Set<String> {
        let single = Set(candidates.map { words[$0.words.upperBound - 1].folded })
        // A quick filter on the first byte and length before hashing the word.
        var shapes = Set<Int>()
        for name in single { shapes.insert(Int(name.utf8.first ?? 0) << 16 | name.utf8.count) }
        var found: Set<String> = []
        for index in 0..<words.count where !words[index].isCapitalized && words[index].isWord {
            let folded = words[index].folded
            guard shapes.contains(Int(folded.utf8.first ?? 0) << 16 | folded.utf8.count), single.contains(folded) else { continue }
            found.insert(folded)
        }
        return found
    }

    /// Words of runs that open with a known first name ("Paul Verdier" gives "verdier"): later alone,
    /// they name that person, not a place.
    private func personNameWords(_ words: DocumentWords) -> Set<String> {
        var found: Set<String> = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            guard words[index].isCapitalized, !words[index].isGlued, resources.firstNames.contains(words[index].folded) else { continue }
            var next = index + 1
            while next < words.count, words[next].isCapitalized, words[next].sentence == words[index].sentence {
                if !words[next].isGlued { found.insert(words[next].folded) }
                next += 1
            }
        }
        return found
    }

    /// Runs of free capitalised words whose whole text is a gazetteer key.
    private func candidates(_ words: DocumentWords, _ covered: [Bool], links: Set<String>) -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            // "l’Allier", "d’Amqui": a name may be glued to an elided article or preposition.
            let isElided = index > 0 && !words[index - 1].isCapitalized && ["l", "d"].contains(words[index - 1].folded)
            guard word.isWord, word.isCapitalized, !word.isGlued || isElided, !covered[index],
                  !words.titleCaseSentences.contains(word.sentence) else { index += 1; continue }
            let end = runEnd(from: index, words, covered)
            defer { index = end }
            var last = end
            // "Gaspé’s": an English possessive is not part of the name.
            if last - index >= 2, words[last - 1].isGlued, words[last - 1].folded == "s" { last -= 1 }
            // "Grand Paris Express", "Aix-Marseille", "Tour de France", "Duke of Sussex": part of a longer name.
            guard !touchesMatchedName(index..<last, words, covered), !isJoinedToName(index..<last, words, links) else { continue }
            // "La Faute-sur-Mer" as listed, else without a function word opening the run ("In Romblon").
            var start = index
            while start < last, last - start <= gazetteer.longestName {
                let key = (start..<last).map { words[$0].folded }.joined(separator: " ")
                if let places = gazetteer.places(named: key), last - start > 1 || !words.lists.calendarWords.contains(key) {
                    found.append(Candidate(words: start..<last, key: key, places: places))
                    break
                }
                guard start + 1 < last, words.lists.functionWords.contains(words[start].folded), !words[start + 1].isGlued else { break }
                start += 1
            }
        }
        return found
    }

    /// True when a capitalised word matched by another source stands right before or after `range`
    /// in its sentence, or is glued to it.
    private func touchesMatchedName(_ range: Range<Int>, _ words: DocumentWords, _ covered: [Bool]) -> Bool {
        let before = range.lowerBound - 1, after = range.upperBound
        if before >= 0, covered[before], words[before].isCapitalized, words[before].sentence == words[range.lowerBound].sentence {
            return true
        }
        return after < words.count && covered[after] && (words[after].isCapitalized || words[after].isGlued)
            && words[after].sentence == words[range.lowerBound].sentence
    }

    /// True when "de"/"of" (and "la"/"the") joins `range` to a capitalised word before it (not a
    /// sentence-initial function word) or after it.
    private func isJoinedToName(_ range: Range<Int>, _ words: DocumentWords, _ links: Set<String>) -> Bool {
        let sentence = words[range.lowerBound].sentence
        func isLink(_ index: Int) -> Bool {
            index >= 0 && index < words.count && words[index].isWord && !words[index].isCapitalized && words[index].sentence == sentence
                && links.contains(words[index].folded)
        }
        func isArticle(_ index: Int) -> Bool {
            index >= 0 && index < words.count && ["la", "l", "the"].contains(words[index].folded) && !words[index].isCapitalized
        }
        var after = range.upperBound
        if isLink(after) {
            after += 1
            if isArticle(after) { after += 1 }
            if after < words.count, words[after].isCapitalized, words[after].sentence == sentence { return true }
        }
        var before = range.lowerBound - 1
        if isArticle(before) { before -= 1 }
        guard isLink(before), before >= 1 else { return false }
        let head = words[before - 1]
        return head.isCapitalized && head.sentence == sentence && !words.lists.functionWords.contains(head.folded)
            && !resources.titles.contains(head.folded)
    }

    /// The end of the run of capitalised words from `start`, glued pieces included ("Baie-Comeau",
    /// "Sables-d’Olonne"); a title ends it ("Cebu Gov. Tomas Arroyo").
    private func runEnd(from start: Int, _ words: DocumentWords, _ covered: [Bool]) -> Int {
        var end = start + 1
        while end < words.count, words[end].sentence == words[start].sentence, !covered[end], words[end].isWord {
            if !words[end].isGlued, resources.titles.contains(words[end].folded) { break }
            if words[end].isCapitalized || words[end].isGlued {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    /// The gazetteer key of a name: its folded units joined by spaces.
    private func key(_ name: String) -> String {
        MatchUnits.units(of: name).filter { MatchUnits.isWord($0.text) }.map(\.folded).joined(separator: " ")
    }
}
