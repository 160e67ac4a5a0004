/// What a text piece is: see `TextPieces`.
public enum TextPieceKind: UInt8, Sendable {
    /// Letters with the combining marks after them (`quatre`, `État`).
    case letters
    /// ASCII digits (`12`, `500`).
    case digits
    /// A web address starting `http://`, `https://` or `www.`, up to the next white space.
    case address
    /// Any other single character (`,`, `%`, `€`, `’`).
    case symbol
}

/// The sub-token pieces that number formats are read from: a token such as `2,5`, `M€`, `3h` or
/// `quatre-vingt-dix` is made of several pieces, and a piece may run on into the next token
/// when nothing separates them (`can` + `not`). Pieces are found from the UTF-8 bytes, with no
/// allocation; white space (`isSpace`) separates pieces and belongs to none.
public enum TextPieces {
    /// The piece starting at `position` (not white space) in `bytes[..<limit]`: its end and kind.
    /// Letters and digits runs and addresses may run to `limit`; a symbol is one scalar.
    @inline(__always)
    public static func piece(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, limit: Int) -> (end: Int, kind: TextPieceKind) {
        let lead = bytes[position]
        if lead >= 0x30 && lead <= 0x39 { return (digitRunEnd(bytes, from: position + 1, limit: limit), .digits) }
        let (scalar, length) = decode(bytes, position, limit)
        guard isLetter(scalar) else { return (position + length, .symbol) }
        let end = letterRunEnd(bytes, from: position + length, limit: limit)
        if let addressEnd = addressEnd(bytes, position, end, limit) { return (addressEnd, .address) }
        return (end, .letters)
    }

    /// The end of the ASCII digits from `from`.
    @inline(__always)
    public static func digitRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int {
        var position = from
        while position < limit, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
        return position
    }

    /// The end of the letters and combining marks from `from`.
    public static func letterRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int {
        var position = from
        while position < limit {
            let byte = bytes[position]
            if byte < 0x80 {
                // ASCII: only letters continue a word (no ASCII character is a combining mark).
                guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A else { break }
                position += 1
                continue
            }
            let (scalar, length) = decode(bytes, position, limit)
            guard continuesLetters(scalar) else { break }
            position += length
        }
        return position
    }

    /// Whether `scalar` starts a run of letters (`ⁿ` and the other super- and subscripts do not).
    @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value < 0x800 { return twoByteClasses[Int(value) - 0x80] & letterBit != 0 }
        return scalar.properties.isAlphabetic && !(0x2070...0x209F).contains(value)
    }

    /// Whether `scalar` goes on with a run of letters: a letter or a combining mark.
    @inline(__always)
    public static func continuesLetters(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value < 0x800 { return twoByteClasses[Int(value) - 0x80] != 0 }
        return isLetter(scalar) || scalar.properties.generalCategory == .nonspacingMark
    }

    /// White space between pieces (Unicode spaces, line and paragraph separators, the byte order mark).
    @inline(__always)
    public static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Decodes the scalar at `position` (invalid bytes read as U+FFFD of length 1).
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ limit: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, position + length <= limit else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// "http://…", "https://…" and "www.…" run to the next white space.
    private static func addressEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ wordEnd: Int, _ limit: Int) -> Int? {
        let length = wordEnd - start
        guard length >= 3 && length <= 5 else { return nil }
        func byte(_ offset: Int) -> UInt8 {
            offset < limit ? bytes[offset] | (bytes[offset] >= 0x41 && bytes[offset] <= 0x5A ? 0x20 : 0) : 0
        }
        let isScheme = (length == 4 || length == 5) && byte(start) == 0x68 && byte(start + 1) == 0x74 && byte(start + 2) == 0x74
            && byte(start + 3) == 0x70 && (length == 4 || byte(start + 4) == 0x73)
            && byte(wordEnd) == 0x3A && byte(wordEnd + 1) == 0x2F && byte(wordEnd + 2) == 0x2F
        let isWWW = length == 3 && byte(start) == 0x77 && byte(start + 1) == 0x77 && byte(start + 2) == 0x77 && byte(wordEnd) == 0x2E
        guard isScheme || isWWW else { return nil }
        var position = wordEnd
        while position < limit {
            let (scalar, length) = decode(bytes, position, limit)
            if isSpace(scalar.value) { break }
            position += length
        }
        return position
    }

    private static let letterBit: UInt8 = 1
    private static let markBit: UInt8 = 2

    /// For U+0080–U+07FF: `letterBit` for letters, `markBit` for combining marks.
    private static let twoByteClasses: [UInt8] = (0x80..<0x800).map { (value: Int) -> UInt8 in
        let properties = Unicode.Scalar(UInt32(value))!.properties
        if properties.isAlphabetic { return letterBit }
        return properties.generalCategory == .nonspacingMark ? markBit : 0
    }
}
