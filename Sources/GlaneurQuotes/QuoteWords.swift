import GlaneurCore

/// A word or a punctuation mark as the quote rules read it: a token of the shared tokens layer, or
/// one piece of a token.
///
/// The rules read inversions and hyphenated names piece by piece ("dit" "elle", "a" "t" "il",
/// "Jean" "Pierre"), abbreviations and initials with their period apart ("M" ".") and punctuation one
/// character at a time, so a token is cut at its hyphens and periods; the piece after a hyphen is
/// marked `hyphenBefore`.
struct QuoteWord: Sendable {
    var span: TextSpan
    /// Folded form (the token's `folded`); the character itself for punctuation.
    var folded: String
    var isPunctuation: Bool
    var isCapitalized: Bool
    /// Joined to the previous word by a hyphen ("elle" in "dit-elle").
    var hyphenBefore: Bool
    /// Index of the paragraph the word is in.
    var paragraph: Int
    /// The punctuation character, or nil for words.
    var mark: Character?
    /// A period the tokenizer kept inside a word's token: it closes an abbreviation or an initial
    /// ("M.", "J.", "U.S.").
    var isAbbreviationPeriod = false
    /// The word's folded form starts a cue form of the lexicon (set by `QuoteLayout`, so that cue
    /// matching looks words up once).
    var mayStartCue = false
}

/// The words of a run of a document's tokens, and for each quotation mark the word of the mark the
/// tokenizer paired it with (`Token.pairedMark`).
struct QuoteWords {
    var words: [QuoteWord] = []
    /// Partner word of each paired quotation mark, both ways.
    var pairedMarks: [Int: Int] = [:]

    /// The words of `tokens[range]`, reading the text only for tokens cut into pieces.
    init(_ tokens: [Token], _ range: Range<Int>, text: String) {
        var text = text
        let (words, pairedMarks) = text.withUTF8 { bytes in
            var builder = Builder(bytes: bytes)
            builder.words.reserveCapacity(range.count + range.count / 8)
            var firstWordOfToken: [Int] = []
            firstWordOfToken.reserveCapacity(range.count)
            var marks: [(word: Int, partnerToken: Int)] = []
            for index in range {
                let token = tokens[index]
                firstWordOfToken.append(builder.words.count)
                if token.pairedMark >= 0 && range.contains(Int(token.pairedMark)) {
                    marks.append((builder.words.count, Int(token.pairedMark)))
                }
                builder.add(token)
            }
            var paired: [Int: Int] = [:]
            for (word, partnerToken) in marks { paired[word] = firstWordOfToken[partnerToken - range.lowerBound] }
            return (builder.words, paired)
        }
        self.words = words
        self.pairedMarks = pairedMarks
    }

    /// Appends the words of tokens, given the document's UTF-8 bytes.
    private struct Builder {
        let bytes: UnsafeBufferPointer<UInt8>
        var words: [QuoteWord] = []

        mutating func add(_ token: Token) {
            let paragraph = Int(token.paragraph)
            switch token.kind {
            case .punct, .symbol, .emoji:
                addMarks(token.span, paragraph: paragraph)
            case .word where Self.hasPieceBreak(token.folded):
                addPieces(token.span, paragraph: paragraph)
            default:
                words.append(QuoteWord(span: token.span, folded: token.folded, isPunctuation: false,
                                       isCapitalized: token.shape.contains(.capitalized), hyphenBefore: false,
                                       paragraph: paragraph, mark: nil))
            }
        }

        /// A hyphen or a period inside a word token ("dit-elle" is two tokens, "-elle" one of them).
        private static func hasPieceBreak(_ folded: String) -> Bool {
            folded.utf8.contains { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        }

        /// One punctuation word per character of the token, white space and invisible characters skipped.
        private mutating func addMarks(_ span: TextSpan, paragraph: Int) {
            var offset = span.start
            while offset < span.end {
                let (scalar, length) = scalar(at: offset)
                if !Self.isIgnored(scalar) {
                    let mark = Character(scalar)
                    words.append(QuoteWord(span: TextSpan(offset, offset + length), folded: String(mark),
                                           isPunctuation: true, isCapitalized: false, hyphenBefore: false,
                                           paragraph: paragraph, mark: mark))
                }
                offset += length
            }
        }

        /// The pieces of a word token between its hyphens (dropped, marking the next piece) and its
        /// periods (punctuation words).
        private mutating func addPieces(_ span: TextSpan, paragraph: Int) {
            var pieceStart = span.start
            var hyphenBefore = false
            var offset = span.start
            func endPiece(at end: Int) {
                guard end > pieceStart else { return }
                let first = scalar(at: pieceStart).scalar
                words.append(QuoteWord(span: TextSpan(pieceStart, end),
                                       folded: TextFolding.fold(utf8: UnsafeBufferPointer(rebasing: bytes[pieceStart..<end])),
                                       isPunctuation: false, isCapitalized: Self.isUppercase(first),
                                       hyphenBefore: hyphenBefore, paragraph: paragraph, mark: nil))
                hyphenBefore = false
            }
            while offset < span.end {
                let (scalar, length) = scalar(at: offset)
                if Self.isHyphen(scalar) {
                    endPiece(at: offset)
                    hyphenBefore = true
                    pieceStart = offset + length
                } else if scalar == "." {
                    endPiece(at: offset)
                    words.append(QuoteWord(span: TextSpan(offset, offset + 1), folded: ".", isPunctuation: true,
                                           isCapitalized: false, hyphenBefore: false, paragraph: paragraph,
                                           mark: ".", isAbbreviationPeriod: true))
                    pieceStart = offset + 1
                }
                offset += length
            }
            endPiece(at: span.end)
        }

        private func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
            let lead = UInt32(bytes[offset])
            if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
            let value: UInt32
            let length: Int
            if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
                length = 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                length = 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                    | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
                length = 4
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }

        /// The characters `TextFolding` folds to `-` (hyphen, non-breaking hyphen, figure dash, soft hyphen).
        private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x2D, 0x2010, 0x2011, 0x2012, 0xAD: return true
            default: return false
            }
        }

        private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase
        }

        /// White space and invisible characters (zero-width space, joiners, byte-order mark) are not words.
        private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
            return scalar.properties.isWhitespace || value == 0xAD || value == 0x200B || value == 0xFEFF
        }
    }
}
