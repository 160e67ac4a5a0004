import GlaneurCore

/// A number read from lexemes: digits in any grouping, spelled-out words, with a scale word.
struct ParsedNumber: Sendable {
    var value: Double
    /// Lexeme range `start..<end`.
    var start: Int
    var end: Int
    var isSpelled: Bool
    /// The scale applied (1 when none): "53 milliards" has 10^9.
    var scale: Double = 1
    /// One run of digits with nothing else (candidate year, list number, footnote...).
    var isPlainInteger: Bool = false
    /// A lone "un", "une" or "one": an article more often than a number.
    var isLoneOne: Bool = false
    /// "+" or "-" written before the digits.
    var sign: Change?
    /// "une dizaine", "a dozen": an approximate amount.
    var isApproximateCount: Bool = false
}

/// Reads numbers at a lexeme index, following the conventions of the document's language.
struct NumberReader {
    let lexemes: [Lexeme]
    let lexicon: NumberLexicon
    let isEnglish: Bool

    func read(at index: Int) -> ParsedNumber? {
        guard index < lexemes.count else { return nil }
        let lexeme = lexemes[index]
        var number: ParsedNumber?
        switch lexeme.kind {
        case .digits: number = readDigits(at: index)
        case .word: number = readNegativeWord(at: index) ?? readWords(at: index)
        case .symbol:
            if (lexeme.key == "," || lexeme.key == ".") && isFollowedByGluedDigits(index) && !isGluedToPrevious(index) {
                number = readDigits(at: index)
            } else if (lexeme.key == "-" || lexeme.key == "+"), let signed = readSigned(at: index) {
                number = signed
            }
        case .url: return nil
        }
        guard var result = number else { return nil }
        applyApproximateCount(&result)
        // Hundreds of digits overflow a Double: not a quantity anyone states.
        return result.value.isFinite ? result : nil
    }

    // MARK: Digits

    /// "-12", "+5 %", and "- 1.200.000" at the start of a sentence.
    private func readSigned(at index: Int) -> ParsedNumber? {
        let next = index + 1
        guard next < lexemes.count, lexemes[next].isDigits else { return nil }
        // After a space or an opening bracket ("(+4,5 %)"), not after a number ("10-20" is a range).
        let isOpening = index > 0 && ["(", "[", ":", "«", "\""].contains(lexemes[index - 1].key)
        guard index == 0 || ((lexemes[index].spaceBefore || isOpening) && !isPrecededByNumber(index)) else { return nil }
        guard !lexemes[next].spaceBefore || index == 0 else { return nil }
        guard var number = readDigits(at: next) else { return nil }
        number.start = index
        number.isPlainInteger = false
        if lexemes[index].key == "-" {
            number.value = -number.value
            number.sign = .down
        } else {
            number.sign = .up
        }
        return number
    }

    /// "moins 1200000" at the start of a clause, "négatif un", "minus 5": a negative number.
    private func readNegativeWord(at index: Int) -> ParsedNumber? {
        let key = lexemes[index].key
        let isNegativeWord = ["negatif", "negative"].contains(key)
        let isMinus = (key == "moins" || key == "minus")
            && (index == 0 || [":", "=", "de", "est", "is", "of", "at"].contains(lexemes[index - 1].key))
        guard isNegativeWord || isMinus, index + 1 < lexemes.count, var number = read(at: index + 1),
              number.start == index + 1 else { return nil }
        number.start = index
        number.value = -number.value
        number.isPlainInteger = false
        number.isLoneOne = false
        number.sign = .down
        return number
    }

    private func isPrecededByNumber(_ index: Int) -> Bool {
        index > 0 && (lexemes[index - 1].isDigits || lexicon.cardinals.match(lexemes, at: index - 1) != nil)
    }

    private func isFollowedByGluedDigits(_ index: Int) -> Bool {
        index + 1 < lexemes.count && lexemes[index + 1].isDigits && !lexemes[index + 1].spaceBefore
    }

    private func isGluedToPrevious(_ index: Int) -> Bool {
        index > 0 && !lexemes[index].spaceBefore && (lexemes[index - 1].isDigits || lexemes[index - 1].isWord)
    }

    private func readDigits(at index: Int) -> ParsedNumber? {
        var integer = ""
        var fraction = ""
        var next = index
        var grouped = false
        // "1,234,567" or "1,234.5" in a French text, "1.234.567" or "1.234,5" in an English one: the other
        // language's convention, when it cannot be read otherwise.
        let isOtherConvention = lexemes[index].isDigits && usesOtherConvention(after: index)
        let readsEnglish = isEnglish != isOtherConvention
        if lexemes[index].isDigits {
            integer = lexemes[index].key
            next = index + 1
            let canGroup = DigitGrouping.canOpenGroup(digitCount: integer.utf8.count, first: integer.utf8.first ?? 0)
            // Groups of three digits after one space, by the rule tokens follow too (`DigitGrouping`):
            // English does not group with spaces ("400 737 Max" is two numbers).
            while canGroup, DigitGrouping.groupsWithSpaces(language: readsEnglish ? "en" : "fr"), next < lexemes.count, lexemes[next].isDigits, lexemes[next].key.count == 3,
                  lexemes[next].groupSpaceBefore, !isFraction(at: next) {
                integer += lexemes[next].key
                next += 1
                grouped = true
            }
            // Groups after "." (French) or "," (English).
            let groupMark = readsEnglish ? "," : "."
            if canGroup && !grouped {
                while next + 1 < lexemes.count, lexemes[next].isSymbol(groupMark), !lexemes[next].spaceBefore,
                      lexemes[next + 1].isDigits, lexemes[next + 1].key.count == 3, !lexemes[next + 1].spaceBefore {
                    integer += lexemes[next + 1].key
                    next += 2
                    grouped = true
                }
            }
        } else {
            integer = "0"
        }
        // Decimal part: comma (French) or point (English); a point also reads as decimal in French when
        // it did not group thousands ("3.2 GHz"), a comma in English when not followed by three digits.
        if next + 1 < lexemes.count, lexemes[next].kind == .symbol, !lexemes[next].spaceBefore || next == index,
           lexemes[next + 1].isDigits, !lexemes[next + 1].spaceBefore {
            let mark = lexemes[next].key
            let isDecimal: Bool
            if readsEnglish {
                isDecimal = mark == "." || (mark == "," && lexemes[next + 1].key.count != 3 && !grouped)
            } else {
                isDecimal = mark == "," || (mark == "." && !grouped)
            }
            if isDecimal {
                fraction = lexemes[next + 1].key
                next += 2
            }
        }
        guard next > index, var value = Double(fraction.isEmpty ? integer : integer + "." + fraction) else { return nil }
        let isPlain = lexemes[index].isDigits && next == index + 1
        // "10 1/2", "1/4"
        if let (fractionValue, fractionEnd) = readFraction(at: isPlain ? index : next, afterInteger: isPlain) {
            if isPlain && fractionEnd > index + 1 && lexemes[index + 1].isDigits {
                value += fractionValue
            } else if isPlain {
                value = fractionValue
            }
            return ParsedNumber(value: value, start: index, end: fractionEnd, isSpelled: false)
        }
        var number = ParsedNumber(value: value, start: index, end: next, isSpelled: false)
        number.isPlainInteger = isPlain
        applyScale(&number)
        return number
    }

    /// Whether the digits at `index` go on with two groups of three after the other language's group mark,
    /// or one group and its decimal mark.
    private func usesOtherConvention(after index: Int) -> Bool {
        let group = isEnglish ? "." : ","
        let decimal = isEnglish ? "," : "."
        guard lexemes[index].key.count <= 3 else { return false }
        func isGroup(_ position: Int) -> Bool {
            position + 1 < lexemes.count && lexemes[position].isSymbol(group) && !lexemes[position].spaceBefore
                && lexemes[position + 1].isDigits && lexemes[position + 1].key.count == 3 && !lexemes[position + 1].spaceBefore
        }
        guard isGroup(index + 1) else { return false }
        if isGroup(index + 3) { return true }
        return index + 4 < lexemes.count && lexemes[index + 3].isSymbol(decimal) && !lexemes[index + 3].spaceBefore
            && lexemes[index + 4].isDigits && !lexemes[index + 4].spaceBefore
    }

    /// Whether `index` starts "a/b" (a simple fraction with a small denominator).
    private func isFraction(at index: Int) -> Bool {
        readSimpleFraction(at: index) != nil
    }

    private func readSimpleFraction(at index: Int) -> (Double, Int)? {
        guard index + 2 < lexemes.count, lexemes[index].isDigits, lexemes[index + 1].isSymbol("/"),
              lexemes[index + 2].isDigits,
              let numerator = Double(lexemes[index].key), let denominator = Double(lexemes[index + 2].key),
              denominator >= 2, denominator <= 16, numerator < denominator, numerator >= 1 else { return nil }
        // "12/03/2024" is a date.
        if index + 3 < lexemes.count, lexemes[index + 3].isSymbol("/") { return nil }
        if index > 0, lexemes[index - 1].isSymbol("/") { return nil }
        return (numerator / denominator, index + 3)
    }

    private func readFraction(at index: Int, afterInteger: Bool) -> (Double, Int)? {
        guard afterInteger else { return nil }
        if let simple = readSimpleFraction(at: index) { return simple }
        if index + 1 < lexemes.count, lexemes[index + 1].spaceBefore, let simple = readSimpleFraction(at: index + 1) {
            return simple
        }
        return nil
    }

    /// Applies "mille", "millions", "Md", "k"... written after the number.
    private func applyScale(_ number: inout ParsedNumber) {
        var index = number.end
        // "a $1.5-billion deal"
        if index + 1 < lexemes.count, lexemes[index].isSymbol("-"), !lexemes[index].spaceBefore, !lexemes[index + 1].spaceBefore,
           lexemes[index + 1].isWord, lexemes[index + 1].raw.count > 2 {
            index += 1
        }
        guard index < lexemes.count, lexemes[index].isWord,
              let (scale, end) = lexicon.scales.match(lexemes, at: index), scale >= 1000 else { return }
        // An abbreviation glued to letters is a word of its own ("5 Mo" is not 5 million o).
        if end < lexemes.count, lexemes[end].isWord, !lexemes[end].spaceBefore { return }
        // "4K", "8K" are video resolutions.
        if lexemes[index].raw == "K", !lexemes[index].spaceBefore, number.isPlainInteger, lexemes[number.start].key.count == 1 { return }
        number.value *= scale
        number.scale *= scale
        number.end = end
        number.isPlainInteger = false
        // "3 millions et demi"
        if end + 1 < lexemes.count, lexemes[end].key == "et", ["demi", "demie"].contains(lexemes[end + 1].key) {
            number.value += 0.5 * scale
            number.end = end + 2
        }
    }

    // MARK: Words

    private func readWords(at index: Int) -> ParsedNumber? {
        var total = 0.0
        var current = 0.0
        var last: Double?
        var afterHundred = false
        var position = index
        var end = index
        var atoms = 0
        var scaleSeen: Double = .infinity
        var afterAnd = false
        // "demi", "une demi-heure", "un demi-million"
        if let halfEnd = half(at: index) {
            current = 0.5
            position = halfEnd
            end = halfEnd
            atoms = 1
            last = 0.5
        }
        // "a million", "a dozen"
        if lexemes[index].isWord, lexemes[index].key == "a" || lexemes[index].key == "an", isEnglishArticleBeforeScale(index) {
            current = 1
            position = index + 1
            last = 1
            atoms = 1
            end = index + 1
        }
        while position < lexemes.count {
            let lexeme = lexemes[position]
            // "dix-sept", "quatre-vingt-dix": a hyphen with no space on either side.
            if atoms > 0, lexeme.isSymbol("-"), !lexeme.spaceBefore, position + 1 < lexemes.count,
               !lexemes[position + 1].spaceBefore, !lexemes[position - 1].isSymbol("-") {
                position += 1
                continue
            }
            // "vingt et un", "vingt-et-un", "soixante et onze", "one hundred and five", "deux et demi".
            if atoms > 0, !afterAnd, lexeme.key == "et" || lexeme.key == "and" {
                if let halfEnd = halfAfterAnd(position + 1) {
                    // "deux et demi" adds a half; "un million et demi" half a million.
                    if current == 0 && last == nil && scaleSeen.isFinite { total += 0.5 * scaleSeen } else { current += 0.5 }
                    end = halfEnd
                    break
                }
                let afterTens = last.map { $0 >= 20 && $0.truncatingRemainder(dividingBy: 10) == 0 } ?? false
                let afterGroup = lexeme.key == "and" && (afterHundred || (last == nil && total > 0))
                guard afterTens || afterGroup else { break }
                position += 1
                afterAnd = true
                continue
            }
            guard lexeme.isWord else { break }
            if let (value, next) = lexicon.cardinals.match(lexemes, at: position) {
                guard canAdd(value, after: last, afterHundred: afterHundred, current: current) else { break }
                current += value
                last = value
                afterHundred = false
                atoms += 1
                position = next
                end = next
                afterAnd = false
                continue
            }
            if let (scale, next) = lexicon.scales.match(lexemes, at: position), lexeme.raw.count > 2 || scale == 100 {
                if scale == 100 {
                    guard current < 100, !afterHundred else { break }
                    current = (current == 0 ? 1 : current) * 100
                    afterHundred = true
                    last = nil
                } else {
                    guard scale < scaleSeen else { break }
                    if atoms == 0 && scale > 1000 { break }
                    total += (current == 0 ? 1 : current) * scale
                    current = 0
                    last = nil
                    afterHundred = false
                    scaleSeen = scale
                }
                atoms += 1
                position = next
                end = next
                afterAnd = false
                continue
            }
            break
        }
        guard atoms > 0 else { return nil }
        let value = total + current
        var number = ParsedNumber(value: value, start: index, end: end, isSpelled: true)
        if scaleSeen.isFinite { number.scale = scaleSeen }
        number.isLoneOne = atoms == 1 && value == 1 && end == index + 1
        return number
    }

    /// After "et"/"and": "demi", "demie", "half", "a half", "a-half": the index after it.
    private func halfAfterAnd(_ start: Int) -> Int? {
        var position = start
        while position < lexemes.count, lexemes[position].isSymbol("-") || lexemes[position].key == "a" { position += 1 }
        guard position < lexemes.count, ["demi", "demie", "half"].contains(lexemes[position].key),
              position - start <= 3 else { return nil }
        return position + 1
    }

    /// "demi" or "un demi", "une demie", with a hyphen or a space before what it halves: the index after it.
    private func half(at index: Int) -> Int? {
        var position = index
        let hasArticle = ["un", "une", "a"].contains(lexemes[position].key)
        if hasArticle { position += 1 }
        guard position < lexemes.count, ["demi", "demie"].contains(lexemes[position].key)
                || (hasArticle && lexemes[position].key == "half") else { return nil }
        return position + 1
    }

    private func isEnglishArticleBeforeScale(_ index: Int) -> Bool {
        let next = index + 1
        guard next < lexemes.count else { return false }
        if let (scale, _) = lexicon.scales.match(lexemes, at: next), scale >= 100, lexemes[next].raw.count > 2 { return true }
        return lexicon.approximateCounts.match(lexemes, at: next) != nil
    }

    /// French and English composition: "vingt-trois", "soixante-dix-sept", "quatre-vingt-onze", "cent un".
    private func canAdd(_ value: Double, after last: Double?, afterHundred: Bool, current: Double) -> Bool {
        guard let last else { return afterHundred ? value < 100 : current == 0 }
        switch last {
        case 60, 80: return value < 20
        case 10: return value >= 7 && value <= 9
        case 20, 30, 40, 50, 70, 90: return value < 10
        default: return false
        }
    }

    /// "une dizaine", "deux centaines", "a dozen": the count word multiplies the number and marks it approximate.
    private func applyApproximateCount(_ number: inout ParsedNumber) {
        var index = number.end
        // "une demi-douzaine"
        if index + 1 < lexemes.count, lexemes[index].isSymbol("-"), !lexemes[index].spaceBefore, !lexemes[index + 1].spaceBefore {
            index += 1
        }
        guard index < lexemes.count, let (value, end) = lexicon.approximateCounts.match(lexemes, at: index) else { return }
        number.value = (number.isLoneOne ? 1 : number.value) * value
        number.end = end
        number.isLoneOne = false
        number.isPlainInteger = false
        number.isApproximateCount = true
    }
}
