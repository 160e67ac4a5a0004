import CGlaneurICU
import GlaneurCore

/// Turns input bytes into a String, whatever their charset.
///
/// Order: a byte-order mark decides; otherwise valid UTF-8 is taken as UTF-8 (even when a page
/// declares another charset, since legacy text is almost never valid UTF-8); otherwise the
/// declared charset (`<meta charset>`, `http-equiv`, XML declaration) is used unless it claims
/// UTF-8; otherwise mostly-valid UTF-8 is repaired with U+FFFD; otherwise ICU detects the charset,
/// kept only when the result reads like text (`readsAsLegacyText`).
/// ISO-8859-1 is read as windows-1252, as browsers do.
enum CharsetDecoding {
    struct Decoded {
        var text: String
        /// The charset the bytes were read as ("UTF-8", "windows-1252", ...).
        var charset: String
        var warnings: [String] = []
    }

    /// Declarations and detections are trusted only inside this prefix.
    private static let headLength = 4096

    static func decode(_ bytes: [UInt8]) throws -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decode(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let charset = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            if let text = convert(Array(bytes.dropFirst(2)), from: charset) { return Decoded(text: text, charset: charset) }
        }
        let invalid = invalidUTF8Offsets(bytes, limit: 64)
        guard let firstInvalid = invalid.first else {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), charset: "UTF-8")
        }
        if let declared = declaredCharset(bytes), !declared.hasPrefix("utf"), let text = convert(bytes, from: legacyName(declared)) {
            return Decoded(text: text, charset: legacyName(declared))
        }
        if mostlyUTF8(bytes, invalidCount: invalid.count) {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), charset: "UTF-8",
                           warnings: ["invalid UTF-8 at byte \(firstInvalid) (\(invalid.count == 64 ? "64 or more" : String(invalid.count)) sequences) replaced with U+FFFD"])
        }
        if looksLikeText(bytes), let detected = detect(bytes), let text = convert(bytes, from: legacyName(detected)),
           readsAsLegacyText(text) {
            return Decoded(text: text, charset: legacyName(detected),
                           warnings: ["not UTF-8 (invalid at byte \(firstInvalid)); decoded as detected \(legacyName(detected))"])
        }
        throw StageError(code: "invalid-utf8", message: "invalid UTF-8 at byte \(firstInvalid) and no other charset fits")
    }

    /// Byte offsets of the first `limit` invalid UTF-8 sequences.
    static func invalidUTF8Offsets(_ bytes: [UInt8], limit: Int) -> [Int] {
        var offsets: [Int] = []
        var index = 0
        let count = bytes.count
        while index < count && offsets.count < limit {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt8 = 0x80
            var maximum: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minimum = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maximum = 0x9F
            case 0xF0: length = 4; minimum = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maximum = 0x8F
            default: length = 0
            }
            var valid = length > 0 && index + length <= count
            if valid {
                for offset in 1..<length {
                    let continuation = bytes[index + offset]
                    let low = offset == 1 ? minimum : 0x80
                    let high = offset == 1 ? maximum : 0xBF
                    if continuation < low || continuation > high { valid = false; break }
                }
            }
            if valid {
                index += length
            } else {
                offsets.append(index)
                index += 1
            }
        }
        return offsets
    }

    /// True when valid multi-byte sequences far outnumber the invalid ones (a few corrupted bytes).
    private static func mostlyUTF8(_ bytes: [UInt8], invalidCount: Int) -> Bool {
        guard invalidCount < 64 else { return false }
        let leadBytes = bytes.reduce(0) { $0 + ($1 >= 0xC2 && $1 <= 0xF4 ? 1 : 0) }
        let validSequences = leadBytes - invalidCount
        return validSequences >= 10 * invalidCount
    }

    /// Text has few control characters besides whitespace.
    private static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        let controls = bytes.reduce(0) { $0 + ($1 < 0x20 && $1 != 0x0A && $1 != 0x0D && $1 != 0x09 && $1 != 0x0C ? 1 : 0) }
        return controls * 100 <= bytes.count
    }

    /// Typographic signs a legacy charset plausibly carries, whatever surrounds them.
    private static let typographicSigns: Set<Unicode.Scalar> = [
        "«", "»", "“", "”", "‘", "’", "„", "–", "—", "…", "€", "£", "°", "·", "•", "©", "®", "™", "§", "¿", "¡", "×",
        "½", "¼", "¾", "\u{A0}", "²", "³", "µ", "¶", "†", "‡", "‰", "±",
    ]

    /// True when a legacy reading looks like real text: its non-ASCII characters are mostly
    /// letters inside words (or lower-case one-letter words such as "à") and typographic signs.
    /// Corrupted UTF-8 read as windows-1252 yields "Ã(" and "â‚" instead, and is refused.
    static func readsAsLegacyText(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var nonASCII = 0
        var plausible = 0
        for (index, scalar) in scalars.enumerated() where !scalar.isASCII {
            nonASCII += 1
            if typographicSigns.contains(scalar) {
                plausible += 1
            } else if scalar.properties.isAlphabetic {
                let previous = index > 0 ? scalars[index - 1] : " "
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if previous.properties.isAlphabetic || next.properties.isAlphabetic || scalar.properties.isLowercase { plausible += 1 }
            }
        }
        return nonASCII == 0 || Double(plausible) >= 0.9 * Double(nonASCII)
    }

    /// The charset a page declares in its first bytes (`charset=...` in a meta tag or an XML
    /// declaration's `encoding`), lower-cased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(headLength).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for marker in [Array("charset=".utf8), Array("encoding=".utf8)] {
            guard let start = firstIndex(of: marker, in: head) else { continue }
            var index = start + marker.count
            while index < head.count, head[index] == 0x22 || head[index] == 0x27 || head[index] == 0x20 { index += 1 }
            var name: [UInt8] = []
            while index < head.count {
                let byte = head[index]
                guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x3A || byte == 0x2E else { break }
                name.append(byte)
                index += 1
            }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
        }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Browsers read Latin-1 labels as windows-1252.
    private static func legacyName(_ charset: String) -> String {
        switch charset.lowercased() {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1", "cp819", "iso_8859-1": return "windows-1252"
        default: return charset
        }
    }

    static func detect(_ bytes: [UInt8]) -> String? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                gl_detect_charset($0, Int64(buffer.count), nil, &name, name.count, &confidence)
            }
        }
        guard status == 0, confidence >= 10 else { return nil }
        let detected = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return detected.isEmpty || detected.uppercased() == "UTF-8" ? nil : detected
    }

    static func convert(_ bytes: [UInt8], from charset: String) -> String? {
        guard !bytes.isEmpty else { return "" }
        var length: Int64 = 0
        let converted = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                gl_convert_to_utf8($0, Int64(buffer.count), charset, &length)
            }
        }
        guard let converted else { return nil }
        defer { gl_free(converted) }
        return String(decoding: UnsafeRawBufferPointer(start: converted, count: Int(length)), as: UTF8.self)
    }
}
