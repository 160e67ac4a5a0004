import GlaneurCore

/// A piece of text as the claims stage sees it: a run of letters, a run of ASCII digits, a URL or one symbol.
///
/// The claims stage splits text itself rather than relying on the tokenizer, so that number formats
/// ("890 000", "2,19 $", "M€", "3h", "quatre-vingt-dix") read the same whatever the token boundaries.
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

    var isCapitalized: Bool {
        guard kind == .word, let first = raw.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    var isWord: Bool { kind == .word }
    var isDigits: Bool { kind == .digits }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && key == symbol }
}

/// Splits a range of UTF-8 text into lexemes in one pass.
enum Lexer {
    static func lex(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var position = start
        var gapStart = start
        while position < end {
            let (scalar, length) = decode(bytes, position, end)
            let value = scalar.value
            if isSpace(value) {
                position += length
                continue
            }
            let spaceBefore = position > gapStart
            let groupSpace = spaceBefore && DigitGrouping.isSeparator(bytes, from: gapStart, to: position)
            var lexemeEnd = position + length
            let kind: Lexeme.Kind
            if value >= 0x30 && value <= 0x39 {
                while lexemeEnd < end, bytes[lexemeEnd] >= 0x30, bytes[lexemeEnd] <= 0x39 { lexemeEnd += 1 }
                kind = .digits
            } else if isLetter(scalar) {
                lexemeEnd = wordEnd(bytes, lexemeEnd, end)
                if let urlEnd = urlEnd(bytes, position, lexemeEnd, end) {
                    lexemeEnd = urlEnd
                    kind = .url
                } else {
                    kind = .word
                }
            } else {
                kind = .symbol
            }
            let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<lexemeEnd]), as: UTF8.self)
            let key: String
            switch kind {
            case .word: key = foldWord(bytes, position, lexemeEnd, raw: raw)
            case .symbol: key = normalisedSymbol(value) ?? raw
            case .digits, .url: key = raw
            }
            lexemes.append(Lexeme(start: position, end: lexemeEnd, kind: kind, key: key, raw: raw,
                                  spaceBefore: spaceBefore, groupSpaceBefore: groupSpace))
            position = lexemeEnd
            gapStart = position
        }
        return lexemes
    }

    /// The folded form of a word (`TextFolding`, from the bytes); `raw`, the word as written, is
    /// returned as is when it has no capital and no accent.
    private static func foldWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, raw: String) -> String {
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if !word.contains(where: { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }) { return raw }
        return TextFolding.fold(utf8: word)
    }

    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var position = from
        while position < end {
            let byte = bytes[position]
            if byte < 0x80 {
                // ASCII: only letters continue a word (no ASCII character is a combining mark).
                guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A else { break }
                position += 1
                continue
            }
            let (scalar, length) = decode(bytes, position, end)
            guard isLetter(scalar) || scalar.properties.generalCategory == .nonspacingMark else { break }
            position += length
        }
        return position
    }

    /// "http://…", "https://…" and "www.…" run to the next whitespace.
    private static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ wordEnd: Int, _ end: Int) -> Int? {
        let length = wordEnd - start
        func byte(_ offset: Int) -> UInt8 { offset < end ? bytes[offset] | (bytes[offset] >= 0x41 && bytes[offset] <= 0x5A ? 0x20 : 0) : 0 }
        let isScheme = (length == 4 || length == 5) && byte(start) == 0x68 && byte(start + 1) == 0x74 && byte(start + 2) == 0x74
            && byte(start + 3) == 0x70 && (length == 4 || byte(start + 4) == 0x73)
            && byte(wordEnd) == 0x3A && byte(wordEnd + 1) == 0x2F && byte(wordEnd + 2) == 0x2F
        let isWWW = length == 3 && byte(start) == 0x77 && byte(start + 1) == 0x77 && byte(start + 2) == 0x77 && byte(wordEnd) == 0x2E
        guard isScheme || isWWW else { return nil }
        var position = wordEnd
        while position < end {
            let (scalar, length) = decode(bytes, position, end)
            if isSpace(scalar.value) { break }
            position += length
        }
        return position
    }

    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic && !(0x2070...0x209F).contains(value)
    }

    private static func normalisedSymbol(_ value: UInt32) -> String? {
        switch value {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0x0060, 0x00B4: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D: return "-"
        case 0xFF04: return "$"
        case 0x00BA: return "°"
        default: return nil
        }
    }

    /// Decodes the scalar at `position` (invalid bytes read as U+FFFD of length 1).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, position + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
