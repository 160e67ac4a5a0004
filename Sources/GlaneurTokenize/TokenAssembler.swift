import GlaneurCore

/// Turns the ICU word pieces of one paragraph at a time into tokens, applying the rules of one
/// language: web addresses, numbers, compounds and clitics, elisions or contractions,
/// abbreviations and punctuation runs. Rules only look at the pieces and at the bytes between
/// them; they never look across a paragraph.
struct TokenAssembler {
    let text: UTF8Text
    let lexicon: TokenizerLexicon
    let language: TokenizerLanguage
    /// Whether digits grouped by spaces make one number (`DigitGrouping`).
    let groupsDigitsWithSpaces: Bool
    private(set) var tokens: [Token] = []
    /// Tokens (indices) that are abbreviations or initials whose period never ends a sentence (`M.`, `J.`).
    private(set) var sentenceBreakBlockers: Set<Int> = []
    /// Tokens (indices) that are dotted acronyms with their period (`U.S.`): they end a sentence
    /// only before a sentence starter.
    private(set) var acronyms: Set<Int> = []
    private(set) var rules = RuleCounts()
    /// The distinct folded forms of the tokens so far (`Token.foldedID`).
    private(set) var forms: FoldedFormTable
    /// Folded bytes of the token being emitted, reused from token to token.
    private var foldedBytes: [UInt8] = []
    /// The current paragraph's pieces; rules may shorten or split them as they consume them.
    var pieces: [WordPiece] = []
    /// Where the current paragraph's first piece starts.
    private(set) var paragraphStart = 0
    /// Offsets where a sentence must start although no space follows the period (glued sentences).
    var forcedBreaks: [Int] = []

    init(text: UTF8Text, lexicon: TokenizerLexicon, language: TokenizerLanguage, groupsDigitsWithSpaces: Bool, expectedTokens: Int) {
        self.text = text
        self.lexicon = lexicon
        self.language = language
        self.groupsDigitsWithSpaces = groupsDigitsWithSpaces
        tokens.reserveCapacity(expectedTokens)
        forms = FoldedFormTable(expectedForms: expectedTokens / 3)
        foldedBytes.reserveCapacity(64)
    }

    /// Appends the tokens of the paragraph whose pieces are in `pieces`.
    mutating func assembleParagraph() {
        paragraphStart = pieces.first?.start ?? 0
        // About one token per piece: room for a paragraph larger than the room left at once,
        // rather than doubling past the need (a single paragraph can be most of a large document).
        if tokens.count + pieces.count > tokens.capacity {
            tokens.reserveCapacity(max(tokens.count + pieces.count, tokens.capacity * 3 / 2))
        }
        var index = 0
        while index < pieces.count {
            index = assemble(at: index)
        }
    }

    mutating func record(_ rule: TokenizeRule) { rules.record(rule) }

    /// The tokens assembled so far and their folded forms, handed over without a copy; the
    /// assembler is left without tokens.
    mutating func takeTokens() -> (tokens: [Token], forms: FoldedFormTable) {
        var taken: [Token] = []
        swap(&taken, &tokens)
        var takenForms = FoldedFormTable(expectedForms: 0)
        swap(&takenForms, &forms)
        return (taken, takenForms)
    }

    /// Consumes one or more pieces from `index` and returns the index of the next unconsumed piece.
    private mutating func assemble(at index: Int) -> Int {
        let piece = pieces[index]
        if piece.isLetters, piece.features.isDisjoint(with: [.period, .apostrophe, .at]), !text.isDigit(at: piece.start),
           text.endsPlainWord(at: piece.end), !lexicon.mayBeFusedWord(text, piece.start, piece.end) {
            // A plain word followed by a space or by punctuation that never joins it: nothing to join or split.
            emit(piece.start, piece.end, .word, features: piece.features)
            return index + 1
        }
        if piece.length == 1, text[piece.start] < 0x80, !piece.isWordLike, !isGlued(index) {
            // A lone ASCII punctuation mark or symbol.
            emit(piece.start, piece.end, punctuationKind(piece.start, piece.end), features: [])
            return index + 1
        }
        if let next = assembleWebToken(at: index) { return next }
        if text.isDigit(at: piece.start) { return assembleNumber(at: index, start: piece.start) }
        if let next = assembleSignedNumber(at: index) { return next }
        if piece.isWordLike { return assembleWord(at: index) }
        return assemblePunctuation(at: index)
    }

    // MARK: - Emitting

    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, blocksSentenceBreak: Bool = false, isAcronym: Bool = false) {
        if blocksSentenceBreak { sentenceBreakBlockers.insert(tokens.count) }
        if isAcronym { acronyms.insert(tokens.count) }
        append(start, end, kind, isFolded: false)
    }

    /// Emits `start..<end` of a piece with `features`: lower-case ASCII is its own folded form.
    @inline(__always) mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, features: PieceFeatures) {
        append(start, end, kind, isFolded: features.isDisjoint(with: [.nonASCII, .uppercaseASCII]))
    }

    /// Appends the token `start..<end`, its folded form folded from the bytes and interned at once
    /// (`isFolded`: the bytes are their own folded form).
    @inline(__always) private mutating func append(_ start: Int, _ end: Int, _ kind: TokenKind, isFolded: Bool) {
        let bytes = UnsafeBufferPointer(rebasing: text.bytes[start..<end])
        let id: Int32
        if isFolded {
            id = forms.id(ofFolded: bytes)
        } else {
            foldedBytes.removeAll(keepingCapacity: true)
            TextFolding.fold(utf8: bytes, appendingTo: &foldedBytes)
            id = foldedBytes.withUnsafeBufferPointer { forms.id(ofFolded: $0) }
        }
        var token = Token(span: TextSpan(start, end), kind: kind, folded: forms.form(id))
        token.foldedID = id
        tokens.append(token)
    }

    // MARK: - Piece tests

    /// Whether piece `index + 1` exists and starts where piece `index` ends.
    @inline(__always) func isGlued(_ index: Int) -> Bool {
        index + 1 < pieces.count && pieces[index].end == pieces[index + 1].start
    }

    /// Whether the piece is the single ASCII character `byte`.
    @inline(__always) func isSingle(_ byte: UInt8, at index: Int) -> Bool {
        index < pieces.count && pieces[index].length == 1 && text[pieces[index].start] == byte
    }

    /// Whether the piece is one hyphen (not a dash).
    func isHyphen(_ index: Int) -> Bool {
        index < pieces.count && text.hyphenLength(at: pieces[index].start) == pieces[index].length
    }

    /// Whether the piece is an ASCII number: digits with `.` or `,` between digits.
    func isPlainNumber(_ index: Int) -> Bool {
        guard index < pieces.count else { return false }
        let piece = pieces[index]
        guard text.isDigit(at: piece.start) else { return false }
        for offset in piece.start..<piece.end {
            let value = text[offset]
            guard (value >= 0x30 && value <= 0x39) || value == 0x2C || value == 0x2E else { return false }
        }
        return text.isDigit(at: piece.end - 1)
    }

    /// Whether only closing punctuation follows piece `index` in the paragraph.
    func isParagraphEnd(after index: Int) -> Bool {
        var next = index + 1
        while next < pieces.count {
            let (scalar, _) = text.scalar(at: pieces[next].start)
            switch scalar.properties.generalCategory {
            case .closePunctuation, .finalPunctuation: break
            default:
                guard scalar == "\"" || scalar == "'" || scalar == "." else { return false }
            }
            next += 1
        }
        return true
    }

    /// Kind of a piece that is neither a word nor a number.
    func punctuationKind(_ start: Int, _ end: Int) -> TokenKind {
        let value = text[start]
        if value < 0x80 {
            switch value {
            case 0x24, 0x25, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E: return .symbol // $ % + < = > ^ ` | ~
            default: return .punct
            }
        }
        let (scalar, _) = text.scalar(at: start)
        if ScalarClass.isEmoji(scalar) { return .emoji }
        if scalar == "%" || scalar == "‰" || scalar == "‱" { return .symbol }
        return ScalarClass.isPunctuation(scalar.properties.generalCategory) ? .punct : .symbol
    }

    // MARK: - Punctuation

    /// Punctuation and symbols; runs of periods (`...`), of `!`/`?` and of hyphens become one token.
    private mutating func assemblePunctuation(at index: Int) -> Int {
        let piece = pieces[index]
        var last = index
        if text.isDegreeSign(piece), isGlued(index), pieces[index + 1].length == 1, text[pieces[index + 1].start] == 0x43 || text[pieces[index + 1].start] == 0x46 {
            // °C, °F
            emit(piece.start, pieces[index + 1].end, .symbol)
            return index + 2
        }
        if isSingle(0x2B, at: index), isGlued(index), isSingle(0x2F, at: index + 1), isGlued(index + 1), isSingle(0x2D, at: index + 2) {
            // +/-
            record(.punctuationRun)
            emit(piece.start, pieces[index + 2].end, .symbol)
            return index + 3
        }
        if piece.length == 1 {
            let value = text[piece.start]
            let isRunByte: (UInt8) -> Bool
            switch value {
            case 0x2E: isRunByte = { $0 == 0x2E }
            case 0x21, 0x3F: isRunByte = { $0 == 0x21 || $0 == 0x3F }
            case 0x2D: isRunByte = { $0 == 0x2D }
            default: isRunByte = { _ in false }
            }
            while isGlued(last), pieces[last + 1].length == 1, isRunByte(text[pieces[last + 1].start]) { last += 1 }
            if last > index { record(.punctuationRun) }
        }
        emit(piece.start, pieces[last].end, punctuationKind(piece.start, piece.end))
        return last + 1
    }
}

/// The language whose rules apply: French elisions and clitics, or English contractions.
enum TokenizerLanguage: Sendable {
    case french, english
}
