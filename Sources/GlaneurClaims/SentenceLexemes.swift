import GlaneurCore

/// Gives the lexemes of a document's sentences from its tokens, walking sentences in text order.
///
/// A token that is one piece (a word of letters, a run of digits, one ASCII mark) becomes one lexeme
/// with the token's interned folded form as key; other tokens, and the rare characters between
/// tokens, are cut into pieces by `TextPieces`, whose runs may go on into the next token (`can` +
/// `not` is one lexeme). A sentence none of whose tokens holds digits or a word that can start a
/// quantity (decided once per distinct folded form) has nothing to read and is skipped unlexed.
struct SentenceLexemes {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let tokens: [Token]
    /// `Document.foldedForms`, indexed by `Token.foldedID`.
    private let forms: [String]
    private let lexicon: NumberLexicon
    /// Per folded form: 0 not yet seen, 1 it holds digits or a quantity starter, 2 it does not.
    private var formClasses: [UInt8]
    /// Per folded form seen: the phrase tables it may start or end a phrase of.
    private var formEnds: [PhraseEnds]
    /// The first token that may lie in the next sentence.
    private var nextToken = 0

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], forms: [String], lexicon: NumberLexicon) {
        self.bytes = bytes
        self.tokens = tokens
        self.forms = forms
        self.lexicon = lexicon
        formClasses = [UInt8](repeating: 0, count: forms.count)
        formEnds = [PhraseEnds](repeating: PhraseEnds(), count: forms.count)
    }

    /// The longest text read at once, in bytes: a longer sentence (no prose sentence is; a run of
    /// punctuation or a pasted table may be) is read in windows cut between tokens, so that its
    /// lexemes take bounded memory.
    static let longestWindow = 1 << 16

    /// `sentence`, cut before tokens into windows of at most `longestWindow` bytes when it is
    /// longer (a longer token makes a window of its own). Asked in text order, before `lexemes`.
    mutating func windows(of sentence: TextSpan) -> [TextSpan] {
        guard sentence.length > Self.longestWindow else { return [sentence] }
        while nextToken < tokens.count && tokens[nextToken].span.end <= sentence.start { nextToken += 1 }
        var windows: [TextSpan] = []
        var start = sentence.start
        var index = nextToken
        while index < tokens.count && tokens[index].span.start < sentence.end {
            let tokenStart = tokens[index].span.start
            if tokens[index].span.end - start > Self.longestWindow && tokenStart > start {
                windows.append(TextSpan(start, tokenStart))
                start = tokenStart
            }
            index += 1
        }
        windows.append(TextSpan(start, sentence.end))
        return windows
    }

    /// The lexemes of `sentence` (sentences asked in text order), or nil when none of them can start
    /// a number or a quantity word.
    mutating func lexemes(of sentence: TextSpan) -> [Lexeme]? {
        while nextToken < tokens.count && tokens[nextToken].span.end <= sentence.start { nextToken += 1 }
        var last = nextToken
        var holdsQuantity = false
        var covered = sentence.start
        while last < tokens.count && tokens[last].span.start < sentence.end {
            let token = tokens[last]
            if !holdsQuantity {
                holdsQuantity = token.shape.contains(.hasDigits) || mayHoldQuantity(token)
                    || (token.span.start > covered && gapMayHoldQuantity(covered, token.span.start))
            }
            covered = max(covered, token.span.end)
            last += 1
        }
        if !holdsQuantity && covered < sentence.end { holdsQuantity = gapMayHoldQuantity(covered, sentence.end) }
        guard holdsQuantity else { return nil }
        return lexemes(of: sentence, tokens: nextToken..<last)
    }

    private mutating func lexemes(of sentence: TextSpan, tokens range: Range<Int>) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        lexemes.reserveCapacity(range.count + 4)
        var position = sentence.start
        var gapStart = sentence.start
        for index in range {
            let token = tokens[index]
            let tokenEnd = min(token.span.end, sentence.end)
            guard tokenEnd > position else { continue }
            if token.span.start > position {
                if token.span.start - position == 1 && bytes[position] == 0x20 {
                    position += 1
                } else {
                    scan(&position, &gapStart, to: token.span.start, limit: sentence.end, into: &lexemes)
                }
            }
            if position == token.span.start, token.span.end <= sentence.end,
               let lexeme = wholeTokenLexeme(token, gapStart: gapStart, limit: sentence.end) {
                lexemes.append(lexeme)
                position = token.span.end
                gapStart = position
                continue
            }
            scan(&position, &gapStart, to: tokenEnd, limit: sentence.end, into: &lexemes)
        }
        scan(&position, &gapStart, to: sentence.end, limit: sentence.end, into: &lexemes)
        return lexemes
    }

    /// Cuts `bytes[position..<end]` into lexemes; the last piece may run on up to `limit`.
    private func scan(_ position: inout Int, _ gapStart: inout Int, to end: Int, limit: Int, into lexemes: inout [Lexeme]) {
        while position < end {
            let (scalar, length) = TextPieces.decode(bytes, position, limit)
            if TextPieces.isSpace(scalar.value) {
                position += length
                continue
            }
            let (pieceEnd, kind) = TextPieces.piece(bytes, at: position, limit: limit)
            let spaceBefore = position > gapStart
            var lexeme = Lexeme(piece: kind, bytes, position, pieceEnd, spaceBefore: spaceBefore,
                                groupSpaceBefore: spaceBefore && DigitGrouping.isSeparator(bytes, from: gapStart, to: position))
            lexeme.isQuantityStarter = kind == .letters && lexicon.quantityStarters.contains(lexeme.key)
            lexeme.phraseEnds = phraseEnds(key: lexicon.phraseEnds(of: lexeme.key), raw: lexeme.raw, isKey: lexeme.raw == lexeme.key)
            lexemes.append(lexeme)
            position = pieceEnd
            gapStart = pieceEnd
        }
    }

    /// The lexeme of a token that is exactly one piece, from the token's folded form; nil otherwise.
    private mutating func wholeTokenLexeme(_ token: Token, gapStart: Int, limit: Int) -> Lexeme? {
        let id = Int(token.foldedID)
        guard id >= 0 && id < forms.count else { return nil }
        let start = token.span.start
        let end = token.span.end
        let first = bytes[start]
        let kind: Lexeme.Kind
        var isLowerASCII = true
        if first >= 0x30 && first <= 0x39 {
            for offset in start..<end where bytes[offset] < 0x30 || bytes[offset] > 0x39 { return nil }
            if end < limit && bytes[end] >= 0x30 && bytes[end] <= 0x39 { return nil }
            kind = .digits
        } else if first < 0x80 && (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A {
            for offset in start..<end {
                let byte = bytes[offset]
                if byte >= 0x61 && byte <= 0x7A { continue }
                guard byte >= 0x41 && byte <= 0x5A else { return nil }
                isLowerASCII = false
            }
            // Web addresses ("www.", "http://") and words going on into the next token take the general path.
            if end - start <= 5 && (first | 0x20 == 0x68 || first | 0x20 == 0x77) { return nil }
            if end < limit && (bytes[end] >= 0x80 || (bytes[end] | 0x20) >= 0x61 && (bytes[end] | 0x20) <= 0x7A) { return nil }
            kind = .word
        } else if end - start == 1 && first < 0x80 && first != 0x60 && !TextPieces.isSpace(UInt32(first)) {
            kind = .symbol
        } else {
            return nil
        }
        let key = forms[id]
        let spaceBefore = start > gapStart
        let raw = isLowerASCII ? key : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let isQuantityStarter = formClass(id) == 1 && kind == .word
        return Lexeme(start: start, end: end, kind: kind, key: key, raw: raw,
                      spaceBefore: spaceBefore,
                      groupSpaceBefore: spaceBefore && DigitGrouping.isSeparator(bytes, from: gapStart, to: start),
                      isQuantityStarter: isQuantityStarter,
                      phraseEnds: phraseEnds(key: formEnds[id], raw: raw, isKey: isLowerASCII))
    }

    /// The phrase ends of a lexeme from those of its key and, when it differs, of its text as written.
    private func phraseEnds(key: PhraseEnds, raw: String, isKey: Bool) -> PhraseEnds {
        guard !isKey else { return key }
        let written = lexicon.phraseEnds(of: raw)
        return PhraseEnds(first: key.first | written.first, last: key.last | written.last)
    }

    /// Whether the pieces of `token` may start a quantity: it holds digits or a quantity starter.
    private mutating func mayHoldQuantity(_ token: Token) -> Bool {
        let id = Int(token.foldedID)
        guard id >= 0 && id < forms.count else { return true }
        return formClass(id) == 1
    }

    private mutating func formClass(_ id: Int) -> UInt8 {
        if formClasses[id] == 0 {
            formClasses[id] = classify(forms[id])
            formEnds[id] = lexicon.phraseEnds(of: forms[id])
        }
        return formClasses[id]
    }

    /// 1 when the pieces of the folded form `form` hold digits or a quantity starter, else 2.
    private func classify(_ form: String) -> UInt8 {
        var isLetters = true
        for byte in form.utf8 where byte < 0x61 || byte > 0x7A {
            isLetters = false
            break
        }
        if isLetters { return lexicon.quantityStarters.contains(form) ? 1 : 2 }
        let holds = Lexeme.lexemes(of: form).contains { $0.isDigits || ($0.isWord && lexicon.quantityStarters.contains($0.key)) }
        return holds ? 1 : 2
    }

    /// Whether the text between tokens holds a letter or a digit (it is almost always white space).
    private func gapMayHoldQuantity(_ start: Int, _ end: Int) -> Bool {
        var position = start
        while position < end {
            let (scalar, length) = TextPieces.decode(bytes, position, end)
            if TextPieces.isLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39) { return true }
            position += length
        }
        return false
    }
}
