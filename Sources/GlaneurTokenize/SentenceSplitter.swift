import CGlaneurICU
import GlaneurCore

/// Groups one paragraph's tokens into sentences.
///
/// Candidate boundaries follow the Unicode sentence rules (UAX #29, which ICU's sentence iterator
/// implements) on tokens: after a run of terminal punctuation (ICU's Sentence_Break STerm and ATerm
/// classes: `.`, `!`, `?`, `。`..., and the ellipsis `…`) and the closing quotes and brackets after it, even across
/// French spacing (`fin. »`); at a line break; after an abbreviation that may end a sentence
/// (`etc.`). A candidate is dropped after an abbreviation or initial (`M.`, `J.`), after a dotted
/// acronym unless a sentence starter follows (`U.S. Senate` but `U.S. The`), before a word in
/// lower case (possibly after opening punctuation), and inside a quotation that the sentence goes
/// on after (`« Oui. Demain. », dit-il`). Boundaries forced by the token rules (glued sentences)
/// are added. Paragraph ends always end a sentence.
struct SentenceSplitter {
    let text: UTF8Text
    /// Folded words that start sentences and are not names (`il`, `the`).
    let sentenceStarters: Set<String>

    /// Appends the sentences of the paragraph made of `tokens[range]`.
    func split(_ tokens: [Token], blockers: Set<Int>, acronyms: Set<Int>, _ range: Range<Int>, forced: [Int],
               into sentences: inout [TextSpan], rules: inout RuleCounts) {
        guard !range.isEmpty else { return }
        var quotations = QuotationTracker()
        var sentenceStart = range.lowerBound
        var forcedIndex = 0
        var index = range.lowerBound
        while index < range.upperBound - 1 {
            defer { index += 1 }
            let span = tokens[index].span
            let kind = tokens[index].kind
            if kind == .punct, !quotations.isStarted, quoteRole(span) != nil {
                quotations.start(matchingQuotes(tokens, index..<range.upperBound))
            }
            if quotations.isStarted { quotations.advance(to: index) }
            let nextStart = tokens[index + 1].span.start
            var isForced = false
            if forcedIndex < forced.count {
                while forcedIndex < forced.count && forced[forcedIndex] < span.end { forcedIndex += 1 }
                isForced = forcedIndex < forced.count && forced[forcedIndex] == nextStart
            }
            let isLineBreak = !isForced && hasLineBreak(span.end, nextStart)
            guard isForced || isLineBreak || endsSentence(span, kind, isBlocker: blockers.contains(index)) else { continue }
            let terminal = index
            // Closing quotes and brackets after the terminal belong to the sentence it ends.
            var last = index
            if !isForced && !isLineBreak {
                while last + 1 < range.upperBound, isClosing(tokens[last + 1], after: tokens[last]),
                      !hasLineBreak(tokens[last].span.end, tokens[last + 1].span.start) {
                    last += 1
                    quotations.advance(to: last)
                }
            }
            index = last
            guard last + 1 < range.upperBound else { break }
            if isForced {
                rules.record(.sentenceBreakAdded)
            } else if !isLineBreak && (isSuppressed(after: last, tokens, blockers, range, quotations.innermostClose)
                                           || (acronyms.contains(terminal) && !startsSentence(last + 1, tokens, range))) {
                rules.record(.sentenceBreakSuppressed)
                continue
            }
            sentences.append(TextSpan(tokens[sentenceStart].span.start, tokens[last].span.end))
            sentenceStart = last + 1
        }
        sentences.append(TextSpan(tokens[sentenceStart].span.start, tokens[range.upperBound - 1].span.end))
    }

    /// Whether a token can end a sentence: terminal punctuation, or an abbreviation whose period may
    /// also end the sentence (`etc.`, `U.S.`).
    @inline(__always) private func endsSentence(_ span: TextSpan, _ kind: TokenKind, isBlocker: @autoclosure () -> Bool) -> Bool {
        let start = span.start
        let value = text[start]
        if kind == .punct {
            if value == 0x2E || value == 0x21 || value == 0x3F { return true }
            guard value >= 0x80 else { return false }
            let scalar = text.scalar(at: start).scalar
            // The ellipsis is not a Unicode terminal, but news text ends sentences with it.
            return scalar == "…" || gl_is_sentence_terminal(scalar.value) != 0
        }
        return kind == .word && span.length > 1 && text[span.end - 1] == 0x2E && !isBlocker()
    }

    /// Whether the candidate boundary after token `last` should be dropped.
    private func isSuppressed(after last: Int, _ tokens: [Token], _ blockers: Set<Int>, _ range: Range<Int>,
                              _ quotationClose: Int?) -> Bool {
        if blockers.contains(last) { return true }
        if continuesSentence(from: last + 1, tokens, range) || startsWithContinuation(last + 1, tokens, range) { return true }
        // Inside a quotation: keep the quotation whole when the sentence goes on after it.
        if let close = quotationClose, close > last, close + 1 < range.upperBound {
            return continuesSentence(from: close + 1, tokens, range) || startsWithContinuation(close + 1, tokens, range)
                || text[tokens[close + 1].span.start] == 0x29
        }
        return false
    }

    /// Whether token `index` is punctuation after which the sentence goes on (Unicode SContinue):
    /// `,` `;` `:`, or a hyphen or dash before a word in lower case (`? — demande-t-il`); a dash
    /// before a capital starts a list item or a line of dialogue.
    private func startsWithContinuation(_ index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        let token = tokens[index]
        guard token.kind == .punct else { return false }
        let start = token.span.start
        let value = text[start]
        if value == 0x2C || value == 0x3B || value == 0x3A { return true }
        return (text.hyphenLength(at: start) > 0 || text.isDash(at: start)) && continuesSentence(from: index + 1, tokens, range)
    }

    /// Whether the first word from token `index` on, after opening punctuation, is in lower case.
    private func continuesSentence(from index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var index = index
        while index < range.upperBound, tokens[index].kind == .punct, quoteRole(tokens[index].span) != nil || isOpeningBracket(tokens[index]) {
            index += 1
        }
        guard index < range.upperBound else { return false }
        return tokens[index].kind == .word && text.isLowercase(at: tokens[index].span.start)
    }

    /// Whether the first word from token `index` on, after opening punctuation, is a sentence starter.
    private func startsSentence(_ index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var index = index
        while index < range.upperBound, tokens[index].kind == .punct, quoteRole(tokens[index].span) != nil || isOpeningBracket(tokens[index]) {
            index += 1
        }
        return index < range.upperBound && sentenceStarters.contains(tokens[index].folded)
    }

    @inline(__always) private func hasLineBreak(_ start: Int, _ end: Int) -> Bool {
        if end - start == 1 && text[start] == 0x20 || end == start { return false }
        for offset in start..<end where text[offset] == 0x0A || text[offset] == 0x0D { return true }
        return false
    }

    private func isOpeningBracket(_ token: Token) -> Bool {
        let value = text[token.span.start]
        return token.span.length == 1 && (value == 0x28 || value == 0x5B)
    }

    /// Closing quotation marks and brackets, which stay with the sentence before them: `»` and `”`
    /// even after a space (French spacing), straight quotes and `)` `]` `’` only when glued.
    private func isClosing(_ token: Token, after previous: Token) -> Bool {
        guard token.kind == .punct else { return false }
        let isGlued = previous.span.end == token.span.start
        if let role = quoteRole(token.span) { return role == .closing || (role == .either && isGlued) }
        guard isGlued else { return false }
        let value = text[token.span.start]
        if token.span.length == 1 { return value == 0x29 || value == 0x5D || value == 0x27 }
        return value == 0xE2 && text.byte(at: token.span.start + 1) == 0x80 && text.byte(at: token.span.start + 2) == 0x99
    }

    // MARK: - Quotations

    private enum QuoteRole { case opening, closing, either }

    private func quoteRole(_ span: TextSpan) -> QuoteRole? {
        guard span.length <= 3 else { return nil }
        let start = span.start
        switch (text[start], text.byte(at: start + 1), text.byte(at: start + 2)) {
        case (0x22, _, _) where span.length == 1: return .either
        case (0xC2, 0xAB, _): return .opening // «
        case (0xC2, 0xBB, _): return .closing // »
        case (0xE2, 0x80, 0x9C): return .opening // “
        case (0xE2, 0x80, 0x9D): return .closing // ”
        default: return nil
        }
    }

    /// The quotations of `range` as (opening mark, closing mark) token indices, by opening mark.
    private func matchingQuotes(_ tokens: [Token], _ range: Range<Int>) -> [(open: Int, close: Int)] {
        var pairs: [(open: Int, close: Int)] = []
        var open: [Int] = []
        for index in range {
            guard tokens[index].kind == .punct, let role = quoteRole(tokens[index].span) else { continue }
            let closesStraight = role == .either && open.last.map { quoteRole(tokens[$0].span) == .either } == true
            if role == .opening || (role == .either && !closesStraight) {
                open.append(index)
            } else if let last = open.popLast() {
                pairs.append((last, index))
            }
        }
        return pairs.sorted { $0.open < $1.open }
    }
}

/// The quotations open at the current token, walking a paragraph's tokens in order.
private struct QuotationTracker {
    private var pairs: [(open: Int, close: Int)] = []
    private var next = 0
    /// Closing marks of the quotations open now, innermost last.
    private var openCloses: [Int] = []
    private(set) var isStarted = false

    mutating func start(_ pairs: [(open: Int, close: Int)]) {
        self.pairs = pairs
        isStarted = true
    }

    /// Opens the quotations starting at token `index` and closes those ending before it.
    mutating func advance(to index: Int) {
        guard isStarted else { return }
        while let close = openCloses.last, close < index { openCloses.removeLast() }
        while next < pairs.count && pairs[next].open <= index {
            if pairs[next].close >= index { openCloses.append(pairs[next].close) }
            next += 1
        }
    }

    /// The closing mark of the innermost open quotation.
    var innermostClose: Int? { openCloses.last }
}

extension UTF8Text {
    /// Whether an en dash or em dash starts at `offset`.
    func isDash(at offset: Int) -> Bool {
        byte(at: offset) == 0xE2 && byte(at: offset + 1) == 0x80 && (byte(at: offset + 2) == 0x93 || byte(at: offset + 2) == 0x94)
    }
}
