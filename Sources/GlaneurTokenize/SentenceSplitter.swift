import GlaneurCore

/// Groups one paragraph's tokens into sentences from ICU's sentence boundaries: a boundary is
/// dropped after an abbreviation or initial, before a word in lower case, inside a quotation
/// that the sentence goes on after (`« Oui. Demain. », dit-il`) and inside a token; boundaries
/// forced by the token rules (glued sentences) are added. Paragraph ends always end a sentence.
struct SentenceSplitter {
    let text: UTF8Text

    /// Appends the sentences of the paragraph made of `tokens[range]`.
    func split(_ tokens: [Token], _ flags: [TokenFlags], _ range: Range<Int>, candidates: [Int], forced: [Int],
               into sentences: inout [TextSpan], rules: inout RuleCounts) {
        guard !range.isEmpty else { return }
        let closingQuote = matchingQuotes(tokens, range)
        var openQuotes: [Int] = []
        var sentenceStart = range.lowerBound
        var next = range.lowerBound
        var candidateIndex = 0
        var forcedIndex = 0
        while candidateIndex < candidates.count || forcedIndex < forced.count {
            let isForced = forcedIndex < forced.count && (candidateIndex == candidates.count || forced[forcedIndex] <= candidates[candidateIndex])
            let boundary = isForced ? forced[forcedIndex] : candidates[candidateIndex]
            if isForced {
                forcedIndex += 1
                if candidateIndex < candidates.count && candidates[candidateIndex] == boundary { candidateIndex += 1 }
            } else {
                candidateIndex += 1
            }
            while next < range.upperBound && tokens[next].span.start < boundary {
                if !closingQuote.isEmpty { trackQuote(at: next, closingQuote, &openQuotes) }
                next += 1
            }
            guard next < range.upperBound, next > sentenceStart, tokens[next - 1].span.end <= boundary else { continue }
            if isForced {
                rules.record(.sentenceBreakAdded)
            } else if isSuppressed(before: next, tokens, flags, range, closingQuote, openQuotes) {
                rules.record(.sentenceBreakSuppressed)
                continue
            }
            sentences.append(TextSpan(tokens[sentenceStart].span.start, tokens[next - 1].span.end))
            sentenceStart = next
        }
        sentences.append(TextSpan(tokens[sentenceStart].span.start, tokens[range.upperBound - 1].span.end))
    }

    /// Whether ICU's boundary before token `next` should be dropped.
    private func isSuppressed(before next: Int, _ tokens: [Token], _ flags: [TokenFlags], _ range: Range<Int>,
                              _ closingQuote: [Int: Int], _ openQuotes: [Int]) -> Bool {
        let previous = tokens[next - 1].span
        for offset in previous.end..<tokens[next].span.start where text[offset] == 0x0A { return false }
        if flags[next - 1].contains(.blocksSentenceBreak) { return true }
        if continuesSentence(tokens[next]) { return true }
        // Inside a quotation: keep the quotation whole when the sentence goes on after it.
        if let open = openQuotes.last, let close = closingQuote[open], close >= next, close + 1 < range.upperBound {
            let after = tokens[close + 1]
            if continuesSentence(after) { return true }
            let value = text[after.span.start]
            return value == 0x2C || value == 0x29 || value == 0x3B || text.hyphenLength(at: after.span.start) > 0
                || text.isDash(at: after.span.start)
        }
        return false
    }

    /// A token that cannot start a sentence: a word in lower case.
    private func continuesSentence(_ token: Token) -> Bool {
        token.kind == .word && text.isLowercase(at: token.span.start)
    }

    // MARK: - Quotations

    private enum QuoteRole { case opening, closing, either }

    private func quoteRole(_ token: Token) -> QuoteRole? {
        guard token.span.length <= 3 else { return nil }
        let start = token.span.start
        switch (text[start], text.byte(at: start + 1), text.byte(at: start + 2)) {
        case (0x22, _, _) where token.span.length == 1: return .either
        case (0xC2, 0xAB, _): return .opening // «
        case (0xC2, 0xBB, _): return .closing // »
        case (0xE2, 0x80, 0x9C): return .opening // “
        case (0xE2, 0x80, 0x9D): return .closing // ”
        default: return nil
        }
    }

    /// For each opening quotation mark, the index of the mark that closes it in the paragraph.
    private func matchingQuotes(_ tokens: [Token], _ range: Range<Int>) -> [Int: Int] {
        var closing: [Int: Int] = [:]
        var open: [Int] = []
        for index in range {
            guard let role = quoteRole(tokens[index]) else { continue }
            let closesStraight = role == .either && open.last.map { quoteRole(tokens[$0]) == .either } == true
            if role == .opening || (role == .either && !closesStraight) {
                open.append(index)
            } else if let last = open.popLast() {
                closing[last] = index
            }
        }
        return closing
    }

    /// Keeps the stack of quotations open before the current token.
    private func trackQuote(at index: Int, _ closingQuote: [Int: Int], _ openQuotes: inout [Int]) {
        if closingQuote[index] != nil {
            openQuotes.append(index)
        } else if let last = openQuotes.last, closingQuote[last] == index {
            openQuotes.removeLast()
        }
    }
}

extension UTF8Text {
    /// Whether an en dash or em dash starts at `offset`.
    func isDash(at offset: Int) -> Bool {
        byte(at: offset) == 0xE2 && byte(at: offset + 1) == 0x80 && (byte(at: offset + 2) == 0x93 || byte(at: offset + 2) == 0x94)
    }
}
