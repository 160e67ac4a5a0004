import GlaneurCore

/// What de-duplication needs of an annotated record, read from its encoded `glaneur/1` bytes: the
/// SHA-256 of its `text` and the MinHash signature of its folded words.
///
/// Working from the record lets the pipeline run in worker processes, which hand back records
/// only. Only the record's top level is walked, up to `text`; the other values are skipped, not
/// parsed, so the cost is a pass over the record's head and over the text.
struct RecordDigest {
    /// Nil for an empty text.
    var cleanHash: String?
    /// Nil when the text has too few words (see `MinHash.minimumShingles`).
    var signature: MinHash?

    /// Nil when the record has no `text` string (an error record, or not a record).
    init?(record: [UInt8]) {
        guard let text = record.withUnsafeBufferPointer(Self.text(of:)) else { return nil }
        cleanHash = text.isEmpty ? nil : SHA256.hex(text)
        signature = MinHash(wordHashes: text.withUnsafeBufferPointer(Self.wordHashes(of:)))
    }

    // MARK: Words

    /// FNV-1a hashes of the folded words of `text` (UTF-8), as `MinHash.wordHash` of
    /// `TextFolding.fold(word)`: maximal runs of letters, digits and combining marks.
    static func wordHashes(of text: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.count / 6)
        var offset = 0
        while offset < text.count {
            guard let (start, isASCII) = nextWordStart(text, from: offset) else { break }
            var end = start
            var wordIsASCII = isASCII
            while end < text.count {
                let byte = text[end]
                if byte < 0x80 {
                    guard asciiWordBytes[Int(byte)] else { break }
                    end += 1
                } else {
                    let (scalar, length) = decodeScalar(text, at: end)
                    guard isWordScalar(scalar) else { break }
                    wordIsASCII = false
                    end += length
                }
            }
            let word = UnsafeBufferPointer(rebasing: text[start..<end])
            hashes.append(wordIsASCII ? asciiWordHash(word) : MinHash.wordHash(TextFolding.fold(utf8: word)))
            offset = end
        }
        return hashes
    }

    /// The offset of the next word's first byte at or after `offset`, and whether it is ASCII.
    private static func nextWordStart(_ text: UnsafeBufferPointer<UInt8>, from offset: Int) -> (Int, Bool)? {
        var offset = offset
        while offset < text.count {
            let byte = text[offset]
            if byte < 0x80 {
                if asciiWordBytes[Int(byte)] { return (offset, true) }
                offset += 1
            } else {
                let (scalar, length) = decodeScalar(text, at: offset)
                if isWordScalar(scalar) { return (offset, false) }
                offset += length
            }
        }
        return nil
    }

    /// FNV-1a of an ASCII word lower-cased, which is what folding does to ASCII.
    private static func asciiWordHash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash ^= UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Decodes the scalar starting at `offset` of valid UTF-8 (as a record's text is).
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + length <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, bytes.count - offset) }
        var value = lead & (0xFF >> UInt32(length + 1))
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }

    /// ASCII letters and digits.
    private static let asciiWordBytes: [Bool] = (0..<128).map { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    // MARK: Record

    /// The decoded UTF-8 bytes of the top-level `text` string of a JSON object, if it has one.
    static func text(of record: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var reader = JSONSkipper(bytes: record)
        guard reader.consume(UInt8(ascii: "{")) else { return nil }
        while true {
            guard let isText = reader.keyIsText(), reader.consume(UInt8(ascii: ":")) else { return nil }
            if isText {
                reader.skipWhitespace()
                return reader.peek() == UInt8(ascii: "\"") ? reader.decodeString() : nil
            }
            guard reader.skipValue() else { return nil }
            guard reader.consume(UInt8(ascii: ",")) else { return nil }
        }
    }
}

/// A forward-only walk over JSON bytes that skips values without building them.
private struct JSONSkipper {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    func peek() -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
    }

    /// Skips whitespace and `byte`; false when something else comes.
    mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard peek() == byte else { return false }
        offset += 1
        return true
    }

    /// Reads a key; whether it is exactly `text` (an escaped key never is, for our encoder).
    mutating func keyIsText() -> Bool? {
        skipWhitespace()
        let start = offset + 1
        guard peek() == UInt8(ascii: "\""), skipString() else { return nil }
        let key = UnsafeBufferPointer(rebasing: bytes[start..<offset - 1])
        return key.elementsEqual("text".utf8)
    }

    /// Skips a string starting at its opening quote; false when it does not end.
    mutating func skipString() -> Bool {
        offset += 1
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""): offset += 1; return true
            case UInt8(ascii: "\\"): offset += 2
            default: offset += 1
            }
        }
        return false
    }

    /// Skips one value (string, object, array, number or literal); false on malformed input.
    mutating func skipValue() -> Bool {
        skipWhitespace()
        var depth = 0
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                guard skipString() else { return false }
                if depth == 0 { return true }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                offset += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return true } // the enclosing object ends after a number or literal
                depth -= 1
                offset += 1
                if depth == 0 { return true }
            case UInt8(ascii: ","):
                if depth == 0 { return true }
                offset += 1
            default:
                offset += 1
            }
        }
        return false
    }

    /// Decodes the string at the cursor (its opening quote) into UTF-8 bytes.
    mutating func decodeString() -> [UInt8]? {
        offset += 1
        var decoded: [UInt8] = []
        var runStart = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                return decoded
            }
            guard byte == UInt8(ascii: "\\") else {
                offset += 1
                continue
            }
            if decoded.isEmpty { decoded.reserveCapacity(bytes.count - runStart) }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
            guard offset + 1 < bytes.count else { return nil }
            let escape = bytes[offset + 1]
            offset += 2
            switch escape {
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "u"):
                guard var value = hexQuad() else { return nil }
                if (0xD800..<0xDC00).contains(value), peek() == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") {
                    offset += 2
                    guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return nil }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                }
                decoded.append(contentsOf: String(Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!).utf8)
            default: decoded.append(escape) // \" \\ \/
            }
            runStart = offset
        }
        return nil
    }

    private mutating func hexQuad() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[offset])).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }
}
