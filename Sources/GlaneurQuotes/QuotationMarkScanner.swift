import GlaneurCore

/// Text between quotation marks at the outermost level, as word indices.
struct MarkedQuotation: Sendable {
    /// Index of the opening mark; nil when the opening mark was missing and the start was recovered.
    var open: Int?
    /// Index of the closing mark; nil when the closing mark was missing and the end was recovered.
    var close: Int?
    /// First word inside the marks.
    var innerStart: Int
    /// One past the last word inside the marks.
    var innerEnd: Int
    /// A missing mark was recovered.
    var repaired: Bool
    /// The quotation goes on after an incise inside its marks ("« A, dit-il. B »"): this part ends at it.
    var endsAtIncise = false
    /// This part resumes after an incise inside the marks.
    var resumesAfterIncise = false

    /// First index of the quotation including its marks.
    var outerStart: Int { open ?? innerStart }
    /// One past the last index of the quotation including its marks.
    var outerEnd: Int { close.map { $0 + 1 } ?? innerEnd }
}

/// Pairs quotation marks paragraph by paragraph: « », “ ”, „ “, ‹ ›, " ", ‘ ’ with nesting, quotations
/// continued over paragraphs that open with a mark, and missing marks recovered within one paragraph.
enum QuotationMarkScanner {
    private enum Family { case guillemet, curly, low, single, straight, singleCurly }

    private struct Opener {
        var index: Int
        var family: Family
    }

    /// Longest stretch of words a recovered start may cover.
    private static let longestRecovery = 120

    static func scan(_ words: [QuoteWord], text: String) -> [MarkedQuotation] {
        var quotations: [MarkedQuotation] = []
        var stack: [Opener] = []
        /// Start of the text where a recovered opening may begin (after the last quotation or a colon).
        var recoveryStart = 0
        let bytes = Array(text.utf8)
        var index = 0
        while index < words.count {
            let word = words[index]
            let paragraphStarts = index == 0 || words[index - 1].paragraph != word.paragraph
            if paragraphStarts {
                recoveryStart = index
                if let bottom = stack.first {
                    // A quotation left open: it continues if this paragraph opens with the same mark.
                    if let family = openingFamily(words, index, bytes, stack: []), family == bottom.family {
                        stack = [bottom]
                        index += 1
                        continue
                    }
                    quotations.append(MarkedQuotation(open: bottom.index, close: nil, innerStart: bottom.index + 1,
                                                      innerEnd: index, repaired: true))
                    stack = []
                }
            }
            guard word.isPunctuation else { index += 1; continue }
            if word.mark == ":" && stack.isEmpty { recoveryStart = index + 1 }
            if let family = closingFamily(words, index, bytes, stack: stack) {
                if let position = stack.lastIndex(where: { $0.family == family }) ?? (stack.isEmpty ? nil : stack.count - 1) {
                    let opener = stack[position]
                    stack.removeSubrange(position...)
                    if stack.isEmpty {
                        quotations.append(MarkedQuotation(open: opener.index, close: index, innerStart: opener.index + 1,
                                                          innerEnd: index, repaired: false))
                        recoveryStart = index + 1
                    }
                } else if family != .single && family != .singleCurly && index - recoveryStart <= longestRecovery {
                    quotations.append(MarkedQuotation(open: nil, close: index, innerStart: recoveryStart, innerEnd: index,
                                                      repaired: true))
                    recoveryStart = index + 1
                }
            } else if let family = openingFamily(words, index, bytes, stack: stack) {
                stack.append(Opener(index: index, family: family))
            }
            index += 1
        }
        if let bottom = stack.first {
            quotations.append(MarkedQuotation(open: bottom.index, close: nil, innerStart: bottom.index + 1,
                                              innerEnd: words.count, repaired: true))
        }
        return quotations.filter { $0.innerEnd > $0.innerStart }
    }

    /// The family of the opening mark at `index`, if the character opens a quotation there.
    private static func openingFamily(_ words: [QuoteWord], _ index: Int, _ bytes: [UInt8], stack: [Opener]) -> Family? {
        guard let mark = words[index].mark else { return nil }
        switch mark {
        case "«", "‹": return .guillemet
        case "“": return .curly
        case "„": return .low
        case "\"": return .straight
        case "‘": return spaceBefore(words[index], bytes) ? .singleCurly : nil
        default: return nil
        }
    }

    /// The family of the closing mark at `index`, if the character closes a quotation there.
    private static func closingFamily(_ words: [QuoteWord], _ index: Int, _ bytes: [UInt8], stack: [Opener]) -> Family? {
        guard let mark = words[index].mark else { return nil }
        switch mark {
        case "»", "›": return .guillemet
        case "”": return stack.last?.family == .low ? .low : .curly
        case "“":
            // „…“ (German style) or a curly quotation closed with the opening character.
            if stack.last?.family == .low { return .low }
            if stack.last?.family == .curly && !spaceBefore(words[index], bytes) { return .curly }
            return nil
        case "\"":
            return stack.contains(where: { $0.family == .straight }) ? .straight : nil
        case "’":
            guard stack.contains(where: { $0.family == .singleCurly }) else { return nil }
            let next = index + 1 < words.count ? words[index + 1] : nil
            if let next, !next.isPunctuation, next.span.start == words[index].span.end { return nil }
            return .singleCurly
        default: return nil
        }
    }

    private static func spaceBefore(_ word: QuoteWord, _ bytes: [UInt8]) -> Bool {
        let start = word.span.start
        guard start > 0 else { return true }
        let previous = bytes[start - 1]
        // ASCII whitespace, or the last byte of a no-break / narrow no-break space, or an opening bracket.
        return previous == 0x20 || previous == 0x0A || previous == 0x09 || previous == 0xA0 || previous == 0xAF
            || previous == 0x28 || previous == 0x5B
    }
}
