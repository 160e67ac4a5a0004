import GlaneurCore

/// How strictly the letter case of a document's text must follow an alias.
enum AliasCasing: Sendable {
    /// Every unit's letters have the alias's case (acronyms, short aliases, case-sensitive entries).
    case exact(ExactCase)
    /// An acronym of four letters or more, as written or in title case ("NATO" or "Nato", "OTAN" or
    /// "l’Otan", "RAND" or "Rand"), as the press writes them.
    case acronym(String)
    /// The first letter must be a capital (one-word names: "Apple" but not "apple").
    case initialCapital
    /// At least one capital somewhere in the span (longer names: "ministère chinois du Commerce").
    case anyCapital
    /// No constraint (aliases written in lower case).
    case free

    /// The casing an alias calls for, given its units and its entry's hints.
    init(units: [Substring], caseSensitive: Bool) {
        var letterCount = 0, capitalCount = 0
        for unit in units {
            for scalar in unit.unicodeScalars {
                let isLetter: Bool, isUpper: Bool
                if scalar.isASCII {
                    let value = scalar.value
                    isUpper = value >= 0x41 && value <= 0x5A
                    isLetter = isUpper || (value >= 0x61 && value <= 0x7A)
                } else {
                    isLetter = scalar.properties.isAlphabetic
                    isUpper = scalar.properties.isUppercase
                }
                if isLetter { letterCount += 1 }
                if isLetter && isUpper { capitalCount += 1 }
            }
        }
        let hasCapital = capitalCount > 0
        let isAcronym = letterCount >= 2 && capitalCount == letterCount
        if isAcronym, units.count == 1, letterCount >= 4 {
            self = .acronym(String(units[0]))
        } else if caseSensitive || isAcronym || (hasCapital && letterCount <= 3) {
            self = .exact(ExactCase(units: units))
        } else if !hasCapital {
            self = .free
        } else if units.count == 1 {
            self = units[0].unicodeScalars.first?.properties.isUppercase == true ? .initialCapital : .anyCapital
        } else {
            self = .anyCapital
        }
    }

    /// True when a match must begin with a capital letter.
    var requiresInitialCapital: Bool {
        switch self {
        case .initialCapital, .acronym: return true
        case .exact(let pattern): return pattern.units.first?.unicodeScalars.first?.properties.isUppercase == true
        case .anyCapital, .free: return false
        }
    }

    /// Whether the document units `units` satisfy this casing; `bytes` is the document's UTF-8.
    /// ASCII text is checked byte by byte; other text falls back to comparing characters.
    func accepts(_ units: ArraySlice<DocumentUnit>, bytes: UnsafeBufferPointer<UInt8>, text: String) -> Bool {
        switch self {
        case .free:
            return true
        case .initialCapital:
            let first = bytes[units[units.startIndex].start]
            if first < 0x80 { return Self.isUpper(first) }
        case .anyCapital:
            var ascii = true
            for unit in units {
                for index in unit.start..<unit.end {
                    let byte = bytes[index]
                    if Self.isUpper(byte) { return true }
                    if byte >= 0x80 { ascii = false }
                }
            }
            if ascii { return false }
        case .acronym(let expected):
            guard units.count == 1 else { return false }
            let unit = units[units.startIndex]
            if expected.utf8.count == unit.end - unit.start, !expected.utf8.contains(where: { $0 >= 0x80 }) {
                guard Self.isUpper(bytes[unit.start]) else { return false }
                let rest = (unit.start + 1)..<unit.end
                return rest.allSatisfy { Self.isUpper(bytes[$0]) || bytes[$0] < 0x41 }
                    || rest.allSatisfy { !Self.isUpper(bytes[$0]) && bytes[$0] < 0x80 }
            }
        case .exact(let pattern):
            guard pattern.units.count == units.count else { return false }
            if let verdict = pattern.matchesASCII(units, bytes) { return verdict }
        }
        return accepts(units.map { text.slice(TextSpan($0.start, $0.end)) })
    }

    @inline(__always)
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// True for casings that accept only some letter cases of the alias.
    var isExact: Bool {
        switch self {
        case .exact, .acronym: return true
        case .initialCapital, .anyCapital, .free: return false
        }
    }

    /// Whether the document's unit texts satisfy this casing (character by character).
    private func accepts(_ texts: [Substring]) -> Bool {
        switch self {
        case .free:
            return true
        case .initialCapital:
            return texts.first?.first?.isUppercase == true
        case .anyCapital:
            return texts.contains { $0.contains(where: \.isUppercase) }
        case .acronym(let expected):
            guard texts.count == 1, let text = texts.first, let first = text.first, first.isUppercase else { return false }
            return text == expected || text.dropFirst().allSatisfy { !$0.isUppercase }
        case .exact(let pattern):
            guard pattern.units.count == texts.count else { return false }
            for (want, got) in zip(pattern.units, texts) where want != got {
                guard want.count == got.count else { return false }
                for (a, b) in zip(want, got) where a.isUppercase != b.isUppercase || a.isLowercase != b.isLowercase {
                    return false
                }
            }
            return true
        }
    }
}

/// The letter case an exact alias requires, with a byte pattern for ASCII aliases.
struct ExactCase: Sendable {
    /// The alias's units as written.
    let units: [String]
    /// For an ASCII alias: its units' bytes one after the other, and each unit's length.
    private let bytes: [UInt8]?
    private let lengths: [Int]

    init(units: [Substring]) {
        self.units = units.map(String.init)
        let all = units.flatMap(\.utf8)
        bytes = all.allSatisfy { $0 < 0x80 } ? all : nil
        lengths = units.map(\.utf8.count)
    }

    /// True or false when the document units are ASCII and the same lengths; nil when characters
    /// must be compared instead.
    @inline(__always)
    func matchesASCII(_ document: ArraySlice<DocumentUnit>, _ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let bytes else { return nil }
        var offset = 0
        var index = 0
        for unit in document {
            guard unit.end - unit.start == lengths[index] else { return nil }
            for position in unit.start..<unit.end {
                let got = text[position]
                if got >= 0x80 { return nil }
                let want = bytes[offset]
                if (want >= 0x41 && want <= 0x5A) != (got >= 0x41 && got <= 0x5A) { return false }
                offset += 1
            }
            index += 1
        }
        return true
    }
}
