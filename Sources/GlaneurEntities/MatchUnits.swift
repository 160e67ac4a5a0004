import GlaneurCore

/// The pieces the matcher compares: runs of letters and digits, and single significant symbols
/// (`&`, `,`, `+`…). Whitespace, apostrophes, hyphens and dots only separate pieces, so
/// "États-Unis", "Etats Unis" and "ÉTATS‑UNIS" give the same pieces whatever the tokenizer did
/// with the hyphen, and "l’Amérique", "d’Nvidia" or "Nvidia’s" expose the name as a piece of its own.
enum MatchUnits {
    /// How a scalar takes part in unit splitting.
    enum ScalarRole {
        case letterOrDigit, separator, joiner, symbol
    }

    static func role(of scalar: Unicode.Scalar) -> ScalarRole {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .letterOrDigit
            case 0x20, 0x09, 0x0A, 0x0D: return .separator
            case 0x27, 0x2D, 0x2E, 0x60: return .joiner
            default: return .symbol
            }
        }
        if (0xC0...0x24F).contains(value), value != 0xD7, value != 0xF7 { return .letterOrDigit }
        switch value {
        case 0xAB, 0xBB, 0x2013, 0x2014, 0x201C, 0x201D, 0x201E, 0x2026, 0x2022, 0x20AC: return .symbol
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x00B4, 0x2010, 0x2011, 0x2012, 0x00AD, 0x00B7: return .joiner
        case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A, 0x2002, 0x2003, 0x3000, 0x200B: return .separator
        default:
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil { return .letterOrDigit }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .letterOrDigit
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .format: return .separator
            default: return .symbol
            }
        }
    }

    /// The byte ranges (within `text`'s UTF-8) of the units of `text`.
    static func ranges(of text: Substring) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var runStart: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            switch role(of: scalar) {
            case .letterOrDigit:
                if runStart == nil { runStart = offset }
            case .separator, .joiner:
                if let start = runStart { ranges.append(start..<offset); runStart = nil }
            case .symbol:
                if let start = runStart { ranges.append(start..<offset); runStart = nil }
                ranges.append(offset..<offset + width)
            }
            offset += width
        }
        if let start = runStart { ranges.append(start..<offset) }
        return ranges
    }

    /// The units of an alias as (original text, folded text) pairs.
    static func units(of alias: String) -> [(text: Substring, folded: String)] {
        let utf8 = alias.utf8
        return ranges(of: alias[...]).map { range in
            let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let to = utf8.index(from, offsetBy: range.count)
            let text = alias[from..<to]
            return (text, foldASCII(text) ?? TextFolding.fold(text))
        }
    }

    /// The folded form of ASCII text (lower case), or nil for other text.
    static func foldASCII(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when `unit` is a run of letters or digits rather than a symbol.
    static func isWord(_ unit: Substring) -> Bool {
        unit.unicodeScalars.first.map { role(of: $0) == .letterOrDigit } ?? false
    }

    /// True when the folded form of a word token is a single unit (no joiner, separator or symbol).
    @inline(__always)
    static func isSimpleFolded(_ folded: String) -> Bool {
        for byte in folded.utf8 where byte < 0x80 {
            switch byte {
            case 0x30...0x39, 0x61...0x7A: continue
            default: return false
            }
        }
        return true
    }
}
