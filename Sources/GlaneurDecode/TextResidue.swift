/// Traces of markup or mis-decoding left in output text, for the quality report.
enum TextResidue {
    struct Findings {
        /// A tag (`<p>`, `</em>`, `<\/em>`), a character reference (`&amp;`, `&#8217;`) or a JSON escape (`\u00e9`).
        var markup = false
        /// UTF-8 read as Latin-1 ("Ã©", "â€™") or replacement characters.
        var mojibake = false
    }

    static func inspect(_ text: String) -> Findings {
        var findings = Findings()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            switch scalar {
            case "<":
                if next == "/" || next == "\\" || (next.properties.isAlphabetic && next.isASCII && looksLikeTag(scalars, from: index + 1)) {
                    findings.markup = true
                }
            case "&":
                if looksLikeReference(scalars, from: index + 1) { findings.markup = true }
            case "\\":
                if next == "u" || next == "/" { findings.markup = true }
            case "Ã", "Â":
                if (0x80...0xBF).contains(next.value) || next == "©" || next == "¨" || next == "®" || next == "§" || next == "‰" { findings.mojibake = true }
            case "â":
                if next == "€" { findings.mojibake = true }
            case "\u{FFFD}":
                findings.mojibake = true
            default:
                break
            }
            if findings.markup && findings.mojibake { break }
        }
        return findings
    }

    /// `<name` followed by `>`, a space or `/`.
    private static func looksLikeTag(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count, index - start < 12, scalars[index].isASCII, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) {
            index += 1
        }
        guard index < scalars.count else { return false }
        return scalars[index] == ">" || scalars[index] == "/" || (scalars[index] == " " && index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic && scalars.dropFirst(index).prefix(80).contains("="))
    }

    /// `name;`, `#digits;` or `#xhex;` right after an `&`.
    private static func looksLikeReference(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        if index < scalars.count, scalars[index] == "#" { index += 1 }
        let first = index
        while index < scalars.count, index - first < 32, scalars[index].isASCII, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) {
            index += 1
        }
        return index > first && index < scalars.count && scalars[index] == ";"
    }
}
