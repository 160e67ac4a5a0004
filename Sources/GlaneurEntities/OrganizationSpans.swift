import GlaneurCore

/// How far an organisation name reaches beyond its run of capitalised words: over connectors
/// ("Royal College of Radiologists", "Building and Construction Trades Council") and, in French,
/// over the lower-case adjectives and complements of an institution's name ("Parquet national
/// financier", "Association des médecins urgentistes de France", "tribunal correctionnel de Paris").
struct OrganizationSpans {
    let words: DocumentWords
    let covered: [Bool]

    /// English connectors after which a capitalised word continues a suffixed name on its right.
    private static let rightConnectors: Set<String> = ["of", "for"]

    /// `span`, a name ending with a suffix marker, extended to the right over "of" or "for" (and
    /// "the") and capitalised words ("Royal College" + "of Radiologists").
    func extendSuffixed(_ span: Range<Int>) -> Range<Int> {
        var end = span.upperBound
        let sentence = words[span.lowerBound].sentence
        while end < words.count, words[end].sentence == sentence, words[end].isWord, !words[end].isCapitalized,
              Self.rightConnectors.contains(words[end].folded) {
            var next = end + 1
            if next < words.count, words[next].folded == "the", !words[next].isCapitalized { next += 1 }
            var last = next
            while last < words.count, words[last].sentence == sentence, words[last].isWord, words[last].isCapitalized || last > next && words[last].isGlued,
                  !words.lists.functionWords.contains(words[last].folded), !words.lists.calendarWords.contains(words[last].folded) {
                last += 1
            }
            guard last > next else { break }
            end = last
        }
        return span.lowerBound..<end
    }

    /// The start of a suffixed English name extended to the left over "and" or "&" and the
    /// capitalised words before it ("Building and" + "Construction Trades Council"), never before
    /// `limit` nor over a title, a function word, a month or the first word of the sentence.
    func extendOverAnd(_ start: Int, limit: Int, isTitle: (Int) -> Bool) -> Int {
        var begin = start
        while begin - 2 >= limit, words[begin - 1].sentence == words[start].sentence,
              words[begin - 1].folded == "and" || words.text(begin - 1) == "&" {
            var first = begin - 1
            while first - 1 >= limit, isFreeNameWord(first - 1), !isTitle(first - 1), !words[first - 1].isSentenceInitial,
                  words[first - 1].sentence == words[start].sentence {
                first -= 1
            }
            guard first < begin - 1 else { break }
            begin = first
        }
        return begin
    }

    /// The start of the capitalised words joined by "of", "of the" or "for" to the name starting at
    /// `start` ("Friends of the" + "Earth Cymru"): at most two words, not a title; `start` when none.
    func joinedByOf(_ start: Int, limit: Int, isTitle: (Int) -> Bool) -> Int {
        var connector = start - 1
        if connector >= limit, words[connector].folded == "the", !words[connector].isCapitalized { connector -= 1 }
        guard connector - 1 >= limit, ["of", "for"].contains(words[connector].folded), !words[connector].isCapitalized,
              words[connector].sentence == words[start].sentence else { return start }
        var first = connector
        while first - 1 >= limit, connector - first < 2, isFreeNameWord(first - 1), !isTitle(first - 1),
              words[first - 1].sentence == words[start].sentence {
            first -= 1
            if words[first].isSentenceInitial { break }
        }
        return first < connector ? first : start
    }

    /// A capitalised word no match covers that may stand inside a name.
    private func isFreeNameWord(_ index: Int) -> Bool {
        let word = words[index]
        return word.isWord && word.isCapitalized && !covered[index] && !word.hasDigit
            && !words.lists.functionWords.contains(word.folded) && !words.lists.calendarWords.contains(word.folded)
    }

    /// `span`, a French institution's name opened by a prefix marker, continued by lower-case adjectives and "de"/"des"/"du"/"pour" complements up to a natural
    /// end; "et" joins a further complement ("de l’Économie et des Finances"). Nil when a comma cuts
    /// the name before another complement.
    func extendInstitution(_ span: Range<Int>) -> Range<Int>? {
        var end = span.upperBound
        var probe = end
        var lowerCaseWords = 0
        let sentence = words[span.lowerBound].sentence
        while probe < words.count, words[probe].sentence == sentence, words[probe].isWord, !words[probe].isGlued {
            let folded = words[probe].folded
            if words[probe].isCapitalized {
                guard probe == end else { break }
                probe += 1
                while probe < words.count, words[probe].isGlued, words[probe].isWord { probe += 1 }
                end = probe
            } else if isAdjective(words.text(probe), folded: folded), probe == end {
                probe += 1
                end = probe
                lowerCaseWords += 1
            } else if folded == "et", probe == end, probe + 1 < words.count, words[probe + 1].sentence == sentence,
                      isAdjective(words.text(probe - 1), folded: words[probe - 1].folded),
                      isAdjective(words.text(probe + 1), folded: words[probe + 1].folded) {
                // "des industries aéronautiques et spatiales": "et" joins two adjectives.
                probe += 2
                end = probe
                lowerCaseWords += 1
            } else if folded == "et", probe == end, probe + 1 < words.count, complement(after: probe + 1) != nil {
                probe += 1
            } else if let next = complement(after: probe) {
                guard probe == end || words[probe - 1].folded == "et" else { break }
                // The complement's word and its glued pieces ("de l’État", "d’Île-de-France").
                probe = next + 1
                while probe < words.count, words[probe].isGlued, words[probe].isWord { probe += 1 }
                end = probe
                if !words[next].isCapitalized { lowerCaseWords += 1 }
            } else {
                break
            }
            if lowerCaseWords > 5 { return nil }
        }
        guard end > span.upperBound else { return span }
        return isNaturalEnd(end) ? span.lowerBound..<end : nil
    }

    /// A lower-case institution noun ("tribunal", "hôpital") opening a name that ends with a
    /// capitalised word: "tribunal correctionnel de Paris", "hôpital Bichat", "cour d’appel de Douai".
    func lowerCaseInstitution(at head: Int) -> Range<Int>? {
        var probe = head + 1
        let sentence = words[head].sentence
        var lowerCaseWords = 0
        while probe < words.count, words[probe].sentence == sentence, words[probe].isWord, !words[probe].isGlued {
            if words[probe].isCapitalized {
                guard !words.lists.functionWords.contains(words[probe].folded) else { return nil }
                var end = probe + 1
                while end < words.count, words[end].isWord, words[end].isCapitalized || words[end].isGlued,
                      words[end].sentence == sentence, !words.lists.functionWords.contains(words[end].folded) {
                    end += 1
                }
                return head..<end
            }
            if isAdjective(words.text(probe), folded: words[probe].folded) {
                probe += 1
            } else if let next = complement(after: probe) {
                probe = words[next].isCapitalized ? next : next + 1
            } else {
                return nil
            }
            lowerCaseWords += 1
            if lowerCaseWords > 4 { return nil }
        }
        return nil
    }

    /// The word a complement starting at `connector` leads to: "de", "des", "du", "d’", "de la",
    /// "de l’", "pour" (+ "les"), then a capitalised word, or a lower-case noun after at most one
    /// size adjective ("des grands projets"). Nil when `connector` opens no complement.
    private func complement(after connector: Int) -> Int? {
        guard ["de", "des", "du", "d", "pour"].contains(words[connector].folded) else { return nil }
        var next = connector + 1
        guard next < words.count else { return nil }
        if ["la", "l", "les", "le"].contains(words[next].folded), !words[next].isCapitalized { next += 1 }
        guard next < words.count, words[next].isWord, words[next].sentence == words[connector].sentence else { return nil }
        if words[next].isCapitalized {
            return words.lists.functionWords.contains(words[next].folded) || words[next].hasDigit ? nil : next
        }
        if words.lists.sizeAdjectives.contains(words[next].folded), next + 1 < words.count, words[next + 1].isWord,
           !words[next + 1].isCapitalized {
            next += 1
        }
        let folded = words[next].folded
        guard !words[next].hasDigit, !words.lists.functionWords.contains(folded), !words.lists.verbForms.contains(folded),
              !words.lists.calendarWords.contains(folded), words.text(next).count >= 3 else { return nil }
        return next
    }

    /// Whether a name may stop before word `end`: anywhere but at a comma followed by another
    /// complement ("Commission de la science, de l’espace et …" is one name cut by commas). Verbs
    /// ("estime", "réuni") follow institution names far more often than nouns continuing them.
    private func isNaturalEnd(_ end: Int) -> Bool {
        !(end + 1 < words.count && words.text(end) == "," && ["de", "des", "du", "d"].contains(words[end + 1].folded))
    }

    /// French adjectives by their endings ("national", "financière", "française", "publique",
    /// "correctionnel", "urgentistes", "anticorruption"); nouns such as "directeur" are excluded.
    func isAdjective(_ text: Substring, folded: String) -> Bool {
        guard text.count >= 4, text.first?.isLowercase == true else { return false }
        if words.lists.adjectiveExceptions.contains(folded) { return false }
        if folded.hasPrefix("anti") || folded.hasPrefix("inter") && folded.count > 8 { return true }
        let stem = folded.hasSuffix("s") || folded.hasSuffix("x") ? String(folded.dropLast()) : folded
        return words.lists.adjectiveEndings.contains { stem.hasSuffix($0) }
    }
}
