/// Removes markup left in scraped text: tags of known HTML elements (`<em>`, `</p>`, `<a href=…>`,
/// and the JSON-escaped `<\/em>`) and JSON escapes (`\u00e9`, `\/`). Character references are
/// decoded by `HTMLEntities`. A `<` that does not open a known tag stays ("3 < 4", "<3").
enum StrayMarkup {
    private static let elements: Set<String> = [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em", "figcaption",
        "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "pre",
        "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
    ]

    static func strip(_ line: String) -> String {
        guard line.contains("<") || line.contains("\\") else { return line }
        let scalars = Array(line.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let end = tagEnd(scalars, from: index) {
                index = end
                continue
            }
            if scalar == "\\", index + 1 < scalars.count {
                let next = scalars[index + 1]
                if next == "/" {
                    result.append("/")
                    index += 2
                    continue
                }
                if next == "u", index + 6 <= scalars.count, let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16) {
                    var consumed = 6
                    var decoded = Unicode.Scalar(value)
                    // A surrogate pair spells one scalar.
                    if (0xD800...0xDBFF).contains(value), index + 12 <= scalars.count, scalars[index + 6] == "\\", scalars[index + 7] == "u",
                       let low = UInt32(String(String.UnicodeScalarView(scalars[(index + 8)..<(index + 12)])), radix: 16), (0xDC00...0xDFFF).contains(low) {
                        decoded = Unicode.Scalar(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00))
                        consumed = 12
                    }
                    if let decoded {
                        result.append(decoded)
                        index += consumed
                        continue
                    }
                }
            }
            result.append(scalar)
            index += 1
        }
        return String(result)
    }

    /// Index after the tag opening at `start`, when it is a tag of a known element.
    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "\\" { index += 1 }
        if index < scalars.count, scalars[index] == "/" { index += 1 }
        var name = ""
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard elements.contains(name.lowercased()), index < scalars.count else { return nil }
        if scalars[index] == ">" { return index + 1 }
        guard scalars[index] == " " || scalars[index] == "/" || scalars[index] == "\\" else { return nil }
        // Attributes up to the closing '>' on the same line.
        while index < scalars.count, index - start < 500 {
            if scalars[index] == ">" { return index + 1 }
            index += 1
        }
        return nil
    }
}
