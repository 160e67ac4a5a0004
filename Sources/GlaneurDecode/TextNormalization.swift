/// The whitespace and control-character policy of `text` for extracted formats (HTML, WordPress,
/// scraped text). Verbatim JSONL text gets NFC and line ends only.
///
/// - Every horizontal space (tab, U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000, U+1680) becomes
///   U+0020 and runs of spaces collapse to one, so "890 000" keeps one ASCII space between digit
///   groups whatever the page used.
/// - Zero-width characters (U+200B, U+2060, U+FEFF) and soft hyphens (U+00AD) are removed; U+200C
///   and U+200D stay (they change how scripts and emoji render).
/// - C1 controls (U+0080–U+009F) are read as windows-1252 (curly quotes, dashes, €); other control
///   characters are removed.
enum TextNormalization {
    /// One paragraph on one line, normalised as above and trimmed.
    static func cleanLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch classify(scalar) {
            case .space:
                pendingSpace = !result.isEmpty
            case .drop:
                continue
            case .keep(let kept):
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(kept)
            }
        }
        return String(result)
    }

    private enum ScalarClass {
        case space
        case drop
        case keep(Unicode.Scalar)
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < 0x80 {
            if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0C || value == 0x0B { return .space }
            if value < 0x20 || value == 0x7F { return .drop }
            return .keep(scalar)
        }
        switch value {
        case 0x80...0x9F:
            if let mapped = Windows1252.scalar(forC1: value) { return .keep(mapped) }
            return .drop
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return .space
        case 0xAD, 0x200B, 0x2060, 0xFEFF:
            return .drop
        default:
            return .keep(scalar)
        }
    }
}
