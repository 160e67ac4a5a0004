import GlaneurCore

/// Numbers: digit groups separated by a space (`12 500`), signs, clock times (`10:30`), ranges and
/// dates joined by hyphens or slashes, and unit symbols glued to a number (`15h30`, `10km`).
///
/// ICU already keeps `3,5`, `1,500` and `2.700.000` whole.
extension TokenAssembler {
    /// Assembles the number starting with the digits of piece `index`; `start` is earlier when a sign precedes.
    mutating func assembleNumber(at index: Int, start: Int) -> Int {
        guard isPlainNumber(index) else { return assembleNumberWithLetters(at: index, start: start) }
        var last = index
        var end = pieces[index].end
        var kind = TokenKind.number
        if let (groupsEnd, groupsLast) = digitGroups(from: index) {
            record(.numberGroups)
            end = groupsEnd
            last = groupsLast
        }
        // Clock times: 10:30, 9:45:12.
        while last == index || isSingle(0x3A, at: last - 1), isGlued(last), isSingle(0x3A, at: last + 1), isGlued(last + 1),
              pieces[last].length <= 2, pieces[last + 2].length == 2, text.digitRun(from: pieces[last].start, to: pieces[last].end) == pieces[last].length,
              text.digitRun(from: pieces[last + 2].start, to: pieces[last + 2].end) == 2 {
            record(.numberRange)
            last += 2
            end = pieces[last].end
        }
        // Ranges, dates and fractions: 1914-1918, 2006-08-07, 23/12/2006, 1/10; and compounds such as 4-méthyl.
        while isGlued(last), isGlued(last + 1) {
            let separator = last + 1
            let isSlash = isSingle(0x2F, at: separator)
            guard isSlash || isHyphen(separator) else { break }
            if isPlainNumber(separator + 1) {
                // 1/10 000: the slash does not take the first group of a grouped number.
                if isSlash && digitGroups(from: separator + 1) != nil { break }
                record(.numberRange)
            } else if !isSlash && pieces[separator + 1].isLetters {
                record(.compound)
                kind = .word
            } else {
                break
            }
            last = separator + 1
            end = pieces[last].end
        }
        emit(start, end, kind)
        return last + 1
    }

    /// A sign glued to a number that does not follow a word or number: `-2,5`, `+3 %`.
    mutating func assembleSignedNumber(at index: Int) -> Int? {
        let piece = pieces[index]
        let value = text[piece.start]
        let isSign = (piece.length == 1 && (value == 0x2D || value == 0x2B)) || (piece.length == 3 && text.matchesMinusSign(at: piece.start))
        guard isSign, isGlued(index), isPlainNumber(index + 1) else { return nil }
        if index > 0 {
            let previous = pieces[index - 1]
            if previous.end == piece.start && (previous.isWordLike || text[previous.start] == 0x2F) { return nil }
        }
        record(.signedNumber)
        return assembleNumber(at: index + 1, start: piece.start)
    }

    /// `12 500`, `1 250 000,75` in languages that group digits with spaces, by `DigitGrouping`'s
    /// rule, which the claims stage shares. A four-digit first group (a year: `en 2024 500
    /// personnes`) never starts a grouped number.
    private func digitGroups(from index: Int) -> (end: Int, last: Int)? {
        let first = pieces[index]
        guard groupsDigitsWithSpaces, DigitGrouping.canOpenGroup(digitCount: first.length, first: text[first.start]),
              text.digitRun(from: first.start, to: first.end) == first.length else { return nil }
        var last = index
        while last + 1 < pieces.count {
            let gap = pieces[last].end
            let spaceLength = text.groupSpaceLength(at: gap)
            guard spaceLength > 0, gap + spaceLength == pieces[last + 1].start, isPlainNumber(last + 1) else { break }
            let group = pieces[last + 1]
            guard text.digitRun(from: group.start, to: group.end) == 3 else { break }
            let afterDigits = group.start + 3
            if afterDigits < group.end {
                // Only a decimal comma may follow the last group.
                guard text[afterDigits] == 0x2C, text.digitRun(from: afterDigits + 1, to: group.end) == group.end - afterDigits - 1 else { break }
                last += 1
                break
            }
            last += 1
        }
        return last > index ? (pieces[last].end, last) : nil
    }

    /// A piece of digits followed by letters: `15h30` → `15` `h` `30`, `10km` → `10` `km`;
    /// ordinals and codes (`1er`, `3e`, `4G`) stay whole.
    private mutating func assembleNumberWithLetters(at index: Int, start: Int) -> Int {
        let piece = pieces[index]
        var numberEnd = piece.start + text.digitRun(from: piece.start, to: piece.end)
        while numberEnd + 1 < piece.end, text[numberEnd] == 0x2C || text[numberEnd] == 0x2E, text.isDigit(at: numberEnd + 1) {
            numberEnd += 1 + text.digitRun(from: numberEnd + 1, to: piece.end)
        }
        if numberEnd < piece.end, text.isLetter(at: numberEnd) {
            var unitEnd = numberEnd
            while unitEnd < piece.end, !text.isDigit(at: unitEnd) {
                unitEnd += text.scalar(at: unitEnd).length
            }
            let unit = text.string(numberEnd, unitEnd)
            let trailingDigits = text.digitRun(from: unitEnd, to: piece.end)
            let isTime = (unit == "h" || unit == "H") && (unitEnd == piece.end || (trailingDigits == 2 && unitEnd + 2 == piece.end))
            if isTime || (unitEnd == piece.end && lexicon.units.contains(unit)) {
                record(.numberUnit)
                emit(start, numberEnd, .number)
                emit(numberEnd, unitEnd, .word)
                if unitEnd < piece.end { emit(unitEnd, piece.end, .number) }
                return index + 1
            }
        }
        return assembleWord(at: index, start: start)
    }
}

extension UTF8Text {
    /// Whether U+2212 MINUS SIGN starts at `offset`.
    func matchesMinusSign(at offset: Int) -> Bool {
        byte(at: offset) == 0xE2 && byte(at: offset + 1) == 0x88 && byte(at: offset + 2) == 0x92
    }
}
