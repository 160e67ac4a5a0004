/// Decodes HTML character references the way a browser does in text: every HTML5 named reference,
/// decimal and hexadecimal references (C1 values read as windows-1252, as the HTML standard says),
/// and the legacy names browsers accept without their semicolon (`&eacute`, `&amp`).
///
/// libxml2 2.9 decodes only HTML4's names, so its text output still holds `&hellip;`-style HTML5
/// names and the second layer of double-encoded references (`&amp;#8217;` → `&#8217;`); running
/// this decoder on that output resolves both.
struct HTMLEntities: Sendable {
    /// Code points by name as written after `&`: "eacute;" and, for legacy names, "eacute".
    private let table: [Substring: [Unicode.Scalar]]
    private let longestName: Int

    /// Parses `HTML5EntityTable.source` (name, then hexadecimal code points, one reference a
    /// line) from its UTF-8 bytes: splitting the String by `Character` cost milliseconds at start-up.
    init() {
        let source = HTML5EntityTable.source
        var table: [Substring: [Unicode.Scalar]] = [:]
        var longest = 0
        for line in source.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "))
            guard fields.count >= 2 else { continue }
            let name = source[fields[0].startIndex..<fields[0].endIndex]
            table[name] = fields.dropFirst().compactMap {
                UInt32(source[$0.startIndex..<$0.endIndex], radix: 16).flatMap(Unicode.Scalar.init)
            }
            longest = max(longest, fields[0].count)
        }
        self.table = table
        self.longestName = longest
    }

    /// `text` with its character references replaced; text without `&` is returned unchanged.
    func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "&", let (replacement, length) = reference(in: scalars, at: index) {
                result.append(contentsOf: replacement)
                index += length
            } else {
                result.append(scalar)
                index += 1
            }
        }
        return String(result)
    }

    /// The decoded reference starting at `start` (an `&`) and how many scalars it spans.
    private func reference(in scalars: [Unicode.Scalar], at start: Int) -> ([Unicode.Scalar], Int)? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "#" {
            index += 1
            var radix: UInt32 = 10
            if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while index < scalars.count, let digit = Self.digit(scalars[index], radix: radix) {
                value = min(value &* radix &+ digit, 0x110000)
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if index < scalars.count, scalars[index] == ";" { index += 1 }
            return ([Self.numericScalar(value)], index - start)
        }
        // Named: the longest name in the table, with or without its semicolon.
        var name = ""
        var best: ([Unicode.Scalar], Int)?
        while index < scalars.count, name.utf8.count < longestName {
            let scalar = scalars[index]
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == ";" else { break }
            guard scalar.isASCII else { break }
            name.unicodeScalars.append(scalar)
            index += 1
            if let value = table[Substring(name)] { best = (value, index - start) }
            if scalar == ";" { break }
        }
        return best
    }

    private static func digit(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 48
        case "a"..."f" where radix == 16: return scalar.value - 87
        case "A"..."F" where radix == 16: return scalar.value - 55
        default: return nil
        }
    }

    /// The scalar a numeric reference stands for: C1 values as windows-1252, invalid ones as U+FFFD.
    static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if (0x80...0x9F).contains(value), let mapped = Windows1252.scalar(forC1: value) { return mapped }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
