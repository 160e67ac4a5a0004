import GlaneurCore

/// A piece of text as the claims rules see it: a run of letters, a run of ASCII digits, a web address
/// or one symbol (`TextPieces`), so that number formats ("890 000", "2,19 $", "M€", "3h",
/// "quatre-vingt-dix") read the same whatever the token boundaries. Built from the tokens by
/// `SentenceLexemes`, which takes the folded form of a token that is one piece from the token view.
struct Lexeme: Sendable {
    enum Kind: Sendable { case word, digits, symbol, url }

    /// UTF-8 byte offsets into the document text.
    var start: Int
    var end: Int
    var kind: Kind
    /// Folded form for words (lower case, no accents), the digits for numbers, a normalised symbol.
    var key: String
    /// The text as written (case kept), for case-sensitive units such as "M" or "m".
    var raw: String
    /// Whether whitespace separates this lexeme from the previous one.
    var spaceBefore: Bool
    /// Whether exactly one digit-group separator (`DigitGrouping`) separates it from the previous one.
    var groupSpaceBefore: Bool
    /// For a word: whether it can start a number or a quantity word (`NumberLexicon.quantityStarters`).
    var isQuantityStarter = false
    /// The phrase tables this lexeme (its key or its text) may start or end a phrase of.
    var phraseEnds = PhraseEnds()

    var isCapitalized: Bool {
        guard kind == .word, let first = raw.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    var isWord: Bool { kind == .word }
    var isDigits: Bool { kind == .digits }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && key == symbol }

    /// The lexeme of the piece `bytes[start..<end]` of `kind`, its key computed from the bytes.
    init(piece kind: TextPieceKind, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, spaceBefore: Bool, groupSpaceBefore: Bool) {
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let raw = String(decoding: word, as: UTF8.self)
        switch kind {
        case .letters:
            self.kind = .word
            let isFolded = !word.contains(where: { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) })
            key = isFolded ? raw : TextFolding.fold(utf8: word)
        case .symbol:
            self.kind = .symbol
            key = Self.normalisedSymbol(TextPieces.decode(bytes, start, end).0.value) ?? raw
        case .digits:
            self.kind = .digits
            key = raw
        case .address:
            self.kind = .url
            key = raw
        }
        self.start = start
        self.end = end
        self.raw = raw
        self.spaceBefore = spaceBefore
        self.groupSpaceBefore = groupSpaceBefore
    }

    init(start: Int, end: Int, kind: Kind, key: String, raw: String, spaceBefore: Bool, groupSpaceBefore: Bool, isQuantityStarter: Bool,
         phraseEnds: PhraseEnds) {
        self.start = start
        self.end = end
        self.kind = kind
        self.key = key
        self.raw = raw
        self.spaceBefore = spaceBefore
        self.groupSpaceBefore = groupSpaceBefore
        self.isQuantityStarter = isQuantityStarter
        self.phraseEnds = phraseEnds
    }

    /// The lexemes of a standalone phrase (lexicon entries).
    static func lexemes(of phrase: String) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var copy = phrase
        copy.withUTF8 { bytes in
            var position = 0
            var gapStart = 0
            while position < bytes.count {
                let (scalar, length) = TextPieces.decode(bytes, position, bytes.count)
                if TextPieces.isSpace(scalar.value) {
                    position += length
                    continue
                }
                let (end, kind) = TextPieces.piece(bytes, at: position, limit: bytes.count)
                let spaceBefore = position > gapStart
                lexemes.append(Lexeme(piece: kind, bytes, position, end, spaceBefore: spaceBefore,
                                      groupSpaceBefore: spaceBefore && DigitGrouping.isSeparator(bytes, from: gapStart, to: position)))
                position = end
                gapStart = end
            }
        }
        return lexemes
    }

    /// Symbols read as another: typographic apostrophes and hyphens, the full-width dollar, the ordinal º.
    static func normalisedSymbol(_ value: UInt32) -> String? {
        switch value {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0x0060, 0x00B4: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D: return "-"
        case 0xFF04: return "$"
        case 0x00BA: return "°"
        default: return nil
        }
    }
}
