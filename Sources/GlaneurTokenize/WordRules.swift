import GlaneurCore

/// Words: glued sentences, elisions (French) and contractions (English), hyphenated compounds
/// with clitic pronouns split off (French), abbreviations and initials with their period.
extension TokenAssembler {
    /// Assembles the word starting at piece `index`. The number rules pass `start` for words that
    /// begin with digits (`1er`, `-3e`); those take no elision or glued-sentence rule.
    mutating func assembleWord(at index: Int, start explicitStart: Int? = nil) -> Int {
        if explicitStart == nil, pieces[index].isLetters, pieces[index].features.contains(.period),
           let first = splitGluedSentence(at: index) {
            return assembleWord(at: first)
        }
        if language == .french, explicitStart == nil, let next = assembleDetachedElision(at: index) { return next }

        var last = index
        while isGlued(last), isHyphen(last + 1), isGlued(last + 1), pieces[last + 2].isWordLike { last += 2 }
        let start = explicitStart ?? pieces[index].start
        if last > index, lexicon.compounds.contains(text.folded(start, pieces[last].end)) {
            record(.compound)
            return emitWord(start, through: last)
        }
        if language == .french, explicitStart == nil, pieces[index].features.contains(.apostrophe) { splitElisions(at: index) }

        var clitics: [(start: Int, end: Int)] = []
        var baseLast = last
        if language == .french {
            if last > index { (baseLast, clitics) = cliticSplit(from: index, through: last) }
        } else if pieces[last].features.contains(.apostrophe), let split = contractionSplit(last) {
            if last > index { record(.compound) }
            record(.contraction)
            emit(explicitStart ?? pieces[index].start, split, .word)
            emit(split, pieces[last].end, .word)
            return last + 1
        }
        if baseLast > index { record(.compound) }
        let baseStart = explicitStart ?? pieces[index].start
        if last == index, let split = wordSplit(index) {
            record(.contraction)
            emit(baseStart, split, .word)
            emit(split, pieces[index].end, .word)
            return index + 1
        }
        if clitics.isEmpty {
            if let ending = inclusiveEnding(after: last) {
                record(.compound)
                emit(baseStart, pieces[ending].end, .word)
                return ending + 1
            }
            if pieces[last].length == 1, text[pieces[last].start] | 0x20 == 0x6E, isGlued(last), text.isDegreeSign(pieces[last + 1]) {
                record(.abbreviation)
                emit(baseStart, pieces[last + 1].end, .word)
                return last + 2
            }
            return emitWord(baseStart, through: last)
        }
        emit(baseStart, pieces[baseLast].end, .word)
        for clitic in clitics {
            record(.clitic)
            emit(clitic.start, clitic.end, .word)
        }
        return last + 1
    }

    /// Emits a word from `start` to the end of piece `last`, with the period after it when the word
    /// is an abbreviation or an initial; returns the next piece.
    private mutating func emitWord(_ start: Int, through last: Int) -> Int {
        let kind: TokenKind = pieces[last].isNumber && text.isDigit(at: start) ? .number : .word
        guard isGlued(last), isSingle(0x2E, at: last + 1), !(isGlued(last + 1) && isSingle(0x2E, at: last + 2)) else {
            emit(start, pieces[last].end, kind)
            return last + 1
        }
        let period = last + 1
        let (isAbbreviation, endsSentences) = lexicon.abbreviation(text, start, pieces[period].end)
        if isAbbreviation {
            if !(endsSentences && isParagraphEnd(after: period) && start != paragraphStart) {
                record(.abbreviation)
                emit(start, pieces[period].end, .word, blocksSentenceBreak: !endsSentences)
                return period + 1
            }
        } else if isDottedAcronym(start, pieces[last].end) {
            record(.abbreviation)
            emit(start, pieces[period].end, .word, isAcronym: true)
            return period + 1
        } else if start == pieces[last].start, isInitial(last), !isParagraphEnd(after: period), !startsSentence(period + 1) {
            // J. or J.-C.
            var end = period
            while isGlued(end), isHyphen(end + 1), isGlued(end + 1), isInitial(end + 2), isGlued(end + 2), isSingle(0x2E, at: end + 3) {
                end += 3
            }
            record(.initial)
            emit(start, pieces[end].end, .word, blocksSentenceBreak: true)
            return end + 1
        }
        emit(start, pieces[last].end, kind)
        return last + 1
    }

    /// The last piece of a parenthesised ending glued to a word (`élu(e)s`, `AUTRE(S)`), or nil.
    private func inclusiveEnding(after last: Int) -> Int? {
        guard isGlued(last), isSingle(0x28, at: last + 1), isGlued(last + 1), pieces[last + 2].isLetters,
              pieces[last + 2].length <= 3, isGlued(last + 2), isSingle(0x29, at: last + 3) else { return nil }
        let inside = pieces[last + 2]
        guard text.isLowercase(at: inside.start) || !text.isLowercase(at: pieces[last].start) else { return nil }
        return isGlued(last + 3) && pieces[last + 4].isLetters && pieces[last + 4].length <= 3 ? last + 4 : last + 3
    }

    /// Whether piece `index` is a capitalised word that starts sentences and is not a name (`Il`),
    /// or an elided one (`L'`).
    private func startsSentence(_ index: Int) -> Bool {
        guard index < pieces.count, pieces[index].isLetters, text.isUppercase(at: pieces[index].start) else { return false }
        var end = pieces[index].end
        if let apostrophe = text.firstApostrophe(in: pieces[index].start, end) { end = apostrophe + text.apostropheLength(at: apostrophe) }
        return lexicon.sentenceStarters.contains(text.folded(pieces[index].start, end))
    }

    /// Whether the piece is one upper-case letter.
    private func isInitial(_ index: Int) -> Bool {
        guard index < pieces.count, pieces[index].isLetters else { return false }
        let (scalar, length) = text.scalar(at: pieces[index].start)
        return length == pieces[index].length && scalar.properties.isUppercase
    }

    /// `U.S`, `e.g`, `B.C.E`: letters in groups of at most three, separated by periods.
    private func isDottedAcronym(_ start: Int, _ end: Int) -> Bool {
        var group = 0
        var periods = 0
        var offset = start
        while offset < end {
            if text[offset] == 0x2E {
                guard group > 0 else { return false }
                periods += 1
                group = 0
                offset += 1
                continue
            }
            guard text.isLetter(at: offset) else { return false }
            group += 1
            guard group <= 3 else { return false }
            offset += text.scalar(at: offset).length
        }
        return periods > 0 && group > 0
    }

    // MARK: - Glued sentences

    /// Splits `mercredi.Sur` (a lower-case word, a period, a capitalised word, no space) into
    /// `mercredi` `.` `Sur` and records a sentence break after the period; returns the index of
    /// the first of the three pieces. They take the slots of the two consumed pieces before
    /// `index` when there are two, so that a paragraph of glued sentences is split in linear time.
    private mutating func splitGluedSentence(at index: Int) -> Int? {
        let piece = pieces[index]
        var offset = piece.start + 2
        while offset < piece.end - 2 {
            defer { offset += 1 }
            guard text[offset] == 0x2E, text.isUppercase(at: offset + 1) else { continue }
            let before = text.scalar(before: offset)
            guard before.properties.isLowercase else { continue }
            let afterCapital = offset + 1 + text.scalar(at: offset + 1).length
            guard afterCapital < piece.end, text.isLowercase(at: afterCapital) else { continue }
            record(.gluedSentence)
            var head = piece
            head.end = offset
            let period = WordPiece(start: offset, end: offset + 1, status: 0)
            let rest = WordPiece(start: offset + 1, end: piece.end, status: piece.status)
            forcedBreaks.append(offset + 1)
            guard index >= 2 else {
                pieces[index] = head
                pieces.insert(contentsOf: [period, rest], at: index + 1)
                return index
            }
            pieces[index - 2] = head
            pieces[index - 1] = period
            pieces[index] = rest
            return index - 2
        }
        return nil
    }

    // MARK: - French elision

    /// `l'` `d'` `qu'` written apart from what follows (`l'« IA »`, `l' IA`): the letters and the apostrophe.
    private mutating func assembleDetachedElision(at index: Int) -> Int? {
        guard pieces[index].isLetters, pieces[index].length <= lexicon.longestElisionPrefix, isGlued(index) else { return nil }
        let apostrophe = pieces[index + 1]
        guard apostrophe.length == text.apostropheLength(at: apostrophe.start), apostrophe.length > 0 else { return nil }
        guard lexicon.elisionPrefixes.contains(text.folded(pieces[index].start, apostrophe.end)) else { return nil }
        record(.elision)
        emit(pieces[index].start, apostrophe.end, .word)
        return index + 2
    }

    /// Splits elided words off the front of piece `index` (`qu'il` → `qu'` `il`), keeping the
    /// exceptions (`aujourd'hui` has no listed prefix; `l'on` is listed).
    private mutating func splitElisions(at index: Int) {
        while let apostrophe = text.firstApostrophe(in: pieces[index].start, pieces[index].end) {
            let prefixEnd = apostrophe + text.apostropheLength(at: apostrophe)
            let start = pieces[index].start
            guard prefixEnd < pieces[index].end, prefixEnd - start <= lexicon.longestElisionPrefix + 2,
                  lexicon.elisionPrefixes.contains(text.folded(start, prefixEnd)),
                  !lexicon.isElisionException(text, start, pieces[index].end) else { return }
            record(.elision)
            emit(start, prefixEnd, .word)
            pieces[index].start = prefixEnd
        }
    }

    // MARK: - French clitics

    /// Splits clitic pronouns off the end of the compound `index...last` (`dit-elle`, `a-t-il`,
    /// `donne-le-moi`); returns the last piece of what remains and the clitics' spans.
    private func cliticSplit(from index: Int, through last: Int) -> (Int, [(start: Int, end: Int)]) {
        var cut = last
        var clitics: [(start: Int, end: Int)] = []
        while cut > index {
            let part = pieces[cut]
            let folded = text.folded(part.start, part.end)
            guard lexicon.clitics.contains(folded), text.hasUniformCase(part.start, part.end) else { break }
            var cliticStart = pieces[cut - 1].start
            cut -= 2
            let takesEuphonicT = folded == "il" || folded == "elle" || folded == "on" || folded == "ils" || folded == "elles"
            if takesEuphonicT, cut > index, pieces[cut].length == 1, text[pieces[cut].start] | 0x20 == 0x74 {
                cliticStart = pieces[cut - 1].start
                cut -= 2
            }
            clitics.insert((cliticStart, part.end), at: 0)
        }
        return (cut, clitics)
    }

    // MARK: - English contractions

    /// Where a listed fused word splits (`can|not`), for ASCII words.
    private func wordSplit(_ index: Int) -> Int? {
        let piece = pieces[index]
        guard !piece.features.contains(.nonASCII), lexicon.mayBeFusedWord(text, piece.start, piece.end),
              let length = lexicon.wordSplits[text.folded(piece.start, piece.end)] else { return nil }
        return piece.start + length
    }

    /// Where a contraction starts in piece `index` (`do|n't`, `it|'s`), or nil.
    private func contractionSplit(_ index: Int) -> Int? {
        let piece = pieces[index]
        guard !lexicon.contractions.isEmpty, let apostrophe = text.lastApostrophe(in: piece.start, piece.end),
              apostrophe > piece.start else { return nil }
        let after = text.folded(apostrophe + text.apostropheLength(at: apostrophe), piece.end)
        guard !lexicon.compounds.contains(text.folded(piece.start, piece.end)) else { return nil }
        if after == "t", apostrophe - 1 > piece.start, text[apostrophe - 1] | 0x20 == 0x6E, lexicon.contractions.contains("n't") {
            return apostrophe - 1
        }
        return lexicon.contractions.contains("'" + after) ? apostrophe : nil
    }
}

extension UTF8Text {
    /// Offset of the first apostrophe in `start..<end`.
    func firstApostrophe(in start: Int, _ end: Int) -> Int? {
        var offset = start
        while offset < end {
            if apostropheLength(at: offset) > 0 { return offset }
            offset += 1
        }
        return nil
    }

    /// Offset of the last apostrophe in `start..<end`.
    func lastApostrophe(in start: Int, _ end: Int) -> Int? {
        var offset = end - 1
        while offset >= start {
            if apostropheLength(at: offset) > 0 { return offset }
            offset -= 1
        }
        return nil
    }
}
