import GlaneurCore

/// Read-only view of a document's UTF-8 bytes with the scalar-level tests the rules need.
///
/// ASCII takes a table-free fast path; other scalars are decoded on demand and classified
/// through `Unicode.Scalar.Properties`.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    subscript(offset: Int) -> UInt8 { bytes[offset] }

    /// The byte at `offset`, or 0 outside the text.
    @inline(__always) func byte(at offset: Int) -> UInt8 {
        offset >= 0 && offset < bytes.count ? bytes[offset] : 0
    }

    /// The scalar starting at `offset` and its length in bytes.
    @inline(__always) func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length where offset + index < bytes.count {
            value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar ending just before `offset`.
    @inline(__always) func scalar(before offset: Int) -> Unicode.Scalar {
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start).scalar
    }

    /// The bytes of `start..<end` as a string.
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Whether `start..<end` equals `literal` (ASCII), ignoring ASCII case.
    func matches(_ start: Int, _ end: Int, caseInsensitive literal: StaticString) -> Bool {
        guard end - start == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for index in 0..<(end - start) where bytes[start + index] | 0x20 != pointer[index] | 0x20 {
            return false
        }
        return true
    }

    /// Whether `literal` (ASCII, lower case) starts at `offset`, ignoring ASCII case.
    func hasPrefix(_ literal: StaticString, at offset: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard offset + length <= bytes.count else { return false }
        return matches(offset, offset + length, caseInsensitive: literal)
    }

    @inline(__always) func isDigit(at offset: Int) -> Bool {
        let value = byte(at: offset)
        return value >= 0x30 && value <= 0x39
    }

    /// Whether the scalar at `offset` is a letter.
    func isLetter(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let value = bytes[offset]
        if value < 0x80 { return ScalarClass.isASCIILetter(value) }
        return scalar(at: offset).scalar.properties.isAlphabetic
    }

    func isUppercase(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let value = bytes[offset]
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar(at: offset).scalar.properties.isUppercase
    }

    func isLowercase(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let value = bytes[offset]
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar(at: offset).scalar.properties.isLowercase
    }

    /// Whether every letter of `start..<end` is lower case, or every letter is upper case.
    func hasUniformCase(_ start: Int, _ end: Int) -> Bool {
        var sawLower = false
        var sawUpper = false
        var offset = start
        while offset < end {
            let (scalar, length) = scalar(at: offset)
            if scalar.properties.isLowercase { sawLower = true } else if scalar.properties.isUppercase { sawUpper = true }
            offset += length
        }
        return !(sawLower && sawUpper)
    }

    /// Length of the apostrophe (' or ’ or ʼ) at `offset`, or 0.
    @inline(__always) func apostropheLength(at offset: Int) -> Int {
        let value = byte(at: offset)
        if value == 0x27 { return 1 }
        if value == 0xE2 && byte(at: offset + 1) == 0x80 && byte(at: offset + 2) == 0x99 { return 3 }
        if value == 0xCA && byte(at: offset + 1) == 0xBC { return 2 }
        return 0
    }

    /// Length of the hyphen (-, U+2010, U+2011) at `offset`, or 0.
    @inline(__always) func hyphenLength(at offset: Int) -> Int {
        let value = byte(at: offset)
        if value == 0x2D { return 1 }
        if value == 0xE2 && byte(at: offset + 1) == 0x80 && (byte(at: offset + 2) == 0x90 || byte(at: offset + 2) == 0x91) { return 3 }
        return 0
    }

    /// Length of the single space that may separate digit groups (space, U+00A0, U+202F, U+2009), or 0.
    @inline(__always) func groupSpaceLength(at offset: Int) -> Int {
        DigitGrouping.separatorLength(bytes, at: offset)
    }

    /// Whether the character at `offset`, just after a word, can never join the word or change how
    /// it splits: white space, `,` `;` `!` `?` `)` `]` `"`, `»`, `”`, `…`, no-break spaces, the end.
    @inline(__always) func endsPlainWord(at offset: Int) -> Bool {
        guard offset < bytes.count else { return true }
        switch bytes[offset] {
        case 0x20, 0x0A, 0x0D, 0x09, 0x2C, 0x3B, 0x21, 0x3F, 0x29, 0x5D, 0x22: return true
        case 0xC2: return byte(at: offset + 1) == 0xA0 || byte(at: offset + 1) == 0xBB
        case 0xE2:
            guard byte(at: offset + 1) == 0x80 else { return false }
            let last = byte(at: offset + 2)
            return last == 0x9D || last == 0xA6 || last == 0xAF || last == 0x89
        default: return false
        }
    }

    /// Whether `piece` is the degree sign °.
    func isDegreeSign(_ piece: WordPiece) -> Bool {
        piece.length == 2 && bytes[piece.start] == 0xC2 && bytes[piece.start + 1] == 0xB0
    }

    /// Whether `start..<end` holds only white space (and invisible format characters).
    func isBlank(_ start: Int, _ end: Int) -> Bool {
        var offset = start
        while offset < end {
            let value = bytes[offset]
            if value < 0x80 {
                guard value == 0x20 || (value >= 0x09 && value <= 0x0D) else { return false }
                offset += 1
                continue
            }
            let (scalar, length) = scalar(at: offset)
            guard ScalarClass.isBlank(scalar.value) else { return false }
            offset += length
        }
        return true
    }

    @inline(__always) private func isNarrowNoBreakSpace(at offset: Int) -> Bool {
        bytes[offset] == 0xE2 && byte(at: offset + 1) == 0x80 && byte(at: offset + 2) == 0xAF
    }

    /// Whether U+202F occurs in `start..<end`.
    func containsNarrowNoBreakSpace(_ start: Int, _ end: Int) -> Bool {
        var offset = start
        while offset < end {
            if isNarrowNoBreakSpace(at: offset) { return true }
            offset += 1
        }
        return false
    }

    /// The number of U+202F in `start..<end`.
    func narrowNoBreakSpaceCount(_ start: Int, _ end: Int) -> Int {
        var count = 0
        var offset = start
        while offset < end {
            if bytes[offset] == 0xE2 && isNarrowNoBreakSpace(at: offset) { count += 1 }
            offset += 1
        }
        return count
    }

    /// The non-empty runs of `start..<end` between occurrences of U+202F.
    func partsBetweenNarrowNoBreakSpaces(_ start: Int, _ end: Int) -> [(start: Int, end: Int)] {
        var parts: [(start: Int, end: Int)] = []
        var partStart = start
        var offset = start
        while offset < end {
            if isNarrowNoBreakSpace(at: offset) {
                if offset > partStart { parts.append((partStart, offset)) }
                offset += 3
                partStart = offset
            } else {
                offset += 1
            }
        }
        if end > partStart { parts.append((partStart, end)) }
        return parts
    }

    /// Whether `start..<end` is made of ASCII digits with `.` or `,` between them.
    func isDigitsOnly(_ start: Int, _ end: Int) -> Bool {
        guard start < end, isDigit(at: start) else { return false }
        for offset in start..<end {
            let value = bytes[offset]
            guard (value >= 0x30 && value <= 0x39) || value == 0x2C || value == 0x2E else { return false }
        }
        return true
    }

    /// Offset of the first `byte` in `start..<end`.
    func firstByte(_ byte: UInt8, in start: Int, _ end: Int) -> Int? {
        var offset = start
        while offset < end {
            if bytes[offset] == byte { return offset }
            offset += 1
        }
        return nil
    }

    /// Offset of the last `byte` in `start..<end`.
    func lastByte(_ byte: UInt8, in start: Int, _ end: Int) -> Int? {
        var offset = end - 1
        while offset >= start {
            if bytes[offset] == byte { return offset }
            offset -= 1
        }
        return nil
    }

    /// Number of ASCII digits from `offset` on, up to `end`.
    func digitRun(from offset: Int, to end: Int) -> Int {
        var cursor = offset
        while cursor < end && isDigit(at: cursor) { cursor += 1 }
        return cursor - offset
    }
}

/// Byte and scalar classes shared by the rules.
enum ScalarClass {
    @inline(__always) static func isASCIILetter(_ value: UInt8) -> Bool {
        (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
    }

    /// Whether a non-ASCII scalar is white space (Unicode White_Space) or an invisible format
    /// character (soft hyphen, zero-width and directional marks, word joiner, byte order mark).
    static func isBlank(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0xAD, 0x1680, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x2064, 0x2066...0x206F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Whether `scalar` starts an emoji (pictographs, flags, keycaps shown as emoji).
    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x2000 { return false }
        if (0x1F1E6...0x1F1FF).contains(value) { return true }
        let properties = scalar.properties
        return properties.isEmojiPresentation || (properties.isEmoji && value >= 0x1F000)
            || (properties.isEmoji && (0x2600...0x27BF).contains(value))
    }

    static func isPunctuation(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
