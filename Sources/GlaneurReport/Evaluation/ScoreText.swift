import Foundation

/// The surface comparisons of the evaluation, defined as in the project's reference scorer:
/// compatibility-normalised, accents and case removed, apostrophes and spaces unified.
enum ScoreText {
    /// Characters stripped from both ends after normalisation.
    private static let edgePunctuation: Set<Unicode.Scalar> = Set(" .,;:!?\"'«»“”()[]".unicodeScalars)

    /// Case-, accent-, apostrophe- and space-insensitive form of a surface string.
    static func normalize(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        var folded = String.UnicodeScalarView()
        for scalar in compatible.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            folded.append(contentsOf: caseFolded(scalar).unicodeScalars)
        }
        var collapsed = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded {
            if isSpace(scalar) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !collapsed.isEmpty { collapsed.append(" ") }
            pendingSpace = false
            collapsed.append(scalar)
        }
        var scalars = Array(collapsed)
        while let first = scalars.first, edgePunctuation.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, edgePunctuation.contains(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The word sequence of the normalised form (letters, digits and underscores).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in normalize(text).unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// Dice coefficient of the two word multisets.
    static func dice(_ left: String, _ right: String) -> Double {
        let (a, b) = (words(left), words(right))
        guard !a.isEmpty && !b.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for word in b { counts[word, default: 0] += 1 }
        var leftCounts: [String: Int] = [:]
        for word in a { leftCounts[word, default: 0] += 1 }
        let shared = leftCounts.reduce(0) { $0 + min($1.value, counts[$1.key] ?? 0) }
        return 2.0 * Double(shared) / Double(a.count + b.count)
    }

    /// Full case folding: lower case, with the folds that differ from it (ß → ss, final sigma, long s).
    private static func caseFolded(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{DF}", "\u{1E9E}": return "ss"
        case "\u{3C2}": return "\u{3C3}"
        case "\u{17F}": return "s"
        default: return scalar.properties.lowercaseMapping
        }
    }

    /// Unicode white space, plus the information separators Python also counts as space.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" || scalar.properties.numericType != nil { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
