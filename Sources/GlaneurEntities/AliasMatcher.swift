import GlaneurCore

/// One unit of a document: its vocabulary id (-1 when no alias uses it, which also stops a match),
/// its byte span and the token it comes from.
struct DocumentUnit: Sendable {
    var id: Int32
    var start: Int
    var end: Int
    var token: Int
    /// Index of the unit's folded form in `DocumentUnits.pieces`, or -1 when the unit is its whole
    /// token (whose folded form is the unit's).
    var piece: Int32
    /// A run of letters or digits, not a symbol or a line break.
    var isWord: Bool
}

/// The units of a document with the folded forms of those that are only part of a token.
struct DocumentUnits {
    var units: [DocumentUnit] = []
    var pieces: [String] = []
}

/// A lexicon alias found in a document: units `units` (half-open), the alias that matched.
struct AliasMatch: Sendable {
    var units: Range<Int>
    var span: TextSpan
    var alias: Int
}

/// What the matcher knows of each compiled alias.
struct CompiledAlias: Sendable {
    var entry: Int
    var casing: AliasCasing
    var unitCount: Int
    /// True for the canonical name and aliases of two units or more: a mention that confirms the entity.
    var isConfirming: Bool
}

/// All aliases of a lexicon compiled once into a unit vocabulary and a trie; finds the
/// leftmost-longest matches whose letter case fits the alias.
struct AliasMatcher: Sendable {
    private(set) var vocabulary = UnitVocabulary(minimumCapacity: 4096)
    /// Aliases whose match must begin with a capital ("Apple", "ONU"): walked from capitalised units only.
    private var capitalTrie = UnitTrie()
    /// Aliases that may begin in lower case ("la Maison-Blanche", "ministère chinois du Commerce").
    private var anyCaseTrie = UnitTrie()
    private(set) var aliases: [CompiledAlias] = []

    init(entries: [LexiconEntry]) {
        var seen: Set<[Int32]> = []
        for (entryIndex, entry) in entries.enumerated() {
            seen.removeAll(keepingCapacity: true)
            let caseSensitive = entry.hints.contains(.caseSensitive)
            for name in entry.names {
                let units = MatchUnits.units(of: name)
                guard units.contains(where: { MatchUnits.isWord($0.text) }) else { continue }
                let path = units.map { vocabulary.intern($0.folded) }
                let casing = AliasCasing(units: units.map(\.text), caseSensitive: caseSensitive)
                if !casing.isExact, !seen.insert(path).inserted { continue }
                aliases.append(CompiledAlias(entry: entryIndex, casing: casing, unitCount: units.count,
                                             isConfirming: name == entry.canonical || units.count >= 2))
                if casing.requiresInitialCapital {
                    capitalTrie.insert(path, value: Int32(aliases.count - 1))
                } else {
                    anyCaseTrie.insert(path, value: Int32(aliases.count - 1))
                }
            }
        }
    }

    /// The units of a tokenized document, in order.
    func units(of text: String, tokens: [Token]) -> DocumentUnits {
        var units = DocumentUnits()
        units.units.reserveCapacity(tokens.count + tokens.count / 8)
        text.utf8.withContiguousStorageIfAvailable { bytes in
            appendUnits(tokens: tokens, bytes: bytes, text: text, to: &units)
        } ?? {
            var copy = text
            copy.withUTF8 { appendUnits(tokens: tokens, bytes: $0, text: text, to: &units) }
        }()
        return units
    }

    private func appendUnits(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, text: String, to units: inout DocumentUnits) {
        tokens.withUnsafeBufferPointer { appendUnits(tokens: $0, bytes: bytes, text: text, to: &units) }
    }

    /// Tokens are read through a buffer so that only the non-ASCII ones touch their folded string.
    private func appendUnits(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, text: String,
                             to units: inout DocumentUnits) {
        var previousEnd = 0
        for index in tokens.indices {
            let span = tokens[index].span
            if index > 0, Self.hasLineBreak(bytes, previousEnd, span.start) {
                units.units.append(DocumentUnit(id: -1, start: span.start, end: span.start, token: index, piece: -1, isWord: false))
            }
            previousEnd = span.end
            switch tokens[index].kind {
            case .word, .number:
                if Self.isASCIIAlphanumeric(bytes, span) {
                    let id = vocabulary.idLowercasing(bytes, span.start..<span.end) ?? -1
                    units.units.append(DocumentUnit(id: id, start: span.start, end: span.end, token: index, piece: -1, isWord: true))
                } else if MatchUnits.isSimpleFolded(tokens[index].folded) {
                    let id = vocabulary.id(of: tokens[index].folded) ?? -1
                    units.units.append(DocumentUnit(id: id, start: span.start, end: span.end, token: index, piece: -1, isWord: true))
                } else {
                    appendPieces(of: tokens[index], index: index, bytes: bytes, text: text, to: &units)
                }
            case .punct, .symbol:
                let isGlued = span.start == (index > 0 ? tokens[index - 1].span.end : -1)
                    && index + 1 < tokens.count && tokens[index + 1].span.start == span.end
                let folded = tokens[index].folded
                if isGlued, folded.unicodeScalars.allSatisfy({ MatchUnits.role(of: $0) == .joiner }) { continue }
                if folded.unicodeScalars.allSatisfy({ MatchUnits.role(of: $0) != .symbol }) {
                    units.units.append(DocumentUnit(id: -1, start: span.start, end: span.end, token: index, piece: -1, isWord: false))
                } else {
                    appendPieces(of: tokens[index], index: index, bytes: bytes, text: text, to: &units)
                }
            case .url where !tokens[index].folded.contains(where: { $0 == "/" || $0 == "@" }):
                // A bare domain-like name ("DeepLearning.AI"): its pieces may name an organisation.
                appendPieces(of: tokens[index], index: index, bytes: bytes, text: text, to: &units)
            default:
                units.units.append(DocumentUnit(id: -1, start: span.start, end: span.end, token: index, piece: -1, isWord: false))
            }
        }
    }

    /// The units of a token that holds joiners or symbols ("l’État", "R1-0528", "AT&T"), split on
    /// its UTF-8 bytes; only pieces with non-ASCII letters go through `TextFolding`.
    private func appendPieces(of token: Token, index: Int, bytes: UnsafeBufferPointer<UInt8>, text: String,
                              to units: inout DocumentUnits) {
        let before = units.units.count
        var runStart = -1
        var runIsASCII = true
        var position = token.span.start
        func closeRun(at end: Int) {
            guard runStart >= 0 else { return }
            appendPiece(runStart..<end, isASCII: runIsASCII, isWord: true, token: index, bytes: bytes, text: text, to: &units)
            runStart = -1
            runIsASCII = true
        }
        while position < token.span.end {
            let lead = bytes[position]
            let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let scalar = lead < 0x80 ? Unicode.Scalar(lead) : Self.decode(bytes, at: position, width: width)
            switch MatchUnits.role(of: scalar) {
            case .letterOrDigit:
                if runStart < 0 { runStart = position }
                if lead >= 0x80 { runIsASCII = false }
            case .separator, .joiner:
                closeRun(at: position)
            case .symbol:
                closeRun(at: position)
                appendPiece(position..<position + width, isASCII: lead < 0x80, isWord: false, token: index, bytes: bytes, text: text, to: &units)
            }
            position += width
        }
        closeRun(at: token.span.end)
        if units.units.count == before {
            units.units.append(DocumentUnit(id: -1, start: token.span.start, end: token.span.end, token: index, piece: -1, isWord: false))
        }
    }

    private func appendPiece(_ range: Range<Int>, isASCII: Bool, isWord: Bool, token: Int, bytes: UnsafeBufferPointer<UInt8>,
                             text: String, to units: inout DocumentUnits) {
        let folded: String
        if isASCII {
            folded = String(unsafeUninitializedCapacity: range.count) { buffer in
                for (offset, byte) in bytes[range].enumerated() {
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                }
                return range.count
            }
        } else {
            folded = TextFolding.fold(text.slice(TextSpan(range.lowerBound, range.upperBound)))
        }
        units.pieces.append(folded)
        units.units.append(DocumentUnit(id: vocabulary.id(of: folded) ?? -1, start: range.lowerBound, end: range.upperBound,
                                        token: token, piece: Int32(units.pieces.count - 1), isWord: isWord))
    }

    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, width: Int) -> Unicode.Scalar {
        var value = UInt32(bytes[position]) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width where position + offset < bytes.count {
            value = value << 6 | (UInt32(bytes[position + offset]) & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> Bool {
        var index = span.start
        while index < span.end {
            let byte = bytes[index] | 0x20
            guard (byte >= 0x61 && byte <= 0x7A) || (bytes[index] >= 0x30 && bytes[index] <= 0x39) else { return false }
            index += 1
        }
        return true
    }

    @inline(__always)
    private static func startsUppercase(_ unit: DocumentUnit, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        let first = bytes[unit.start]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.slice(TextSpan(unit.start, unit.end)).unicodeScalars.first?.properties.isUppercase == true
    }

    @inline(__always)
    private static func hasLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var index = from
        while index < to {
            if bytes[index] == 0x0A { return true }
            index += 1
        }
        return false
    }

    /// Leftmost-longest matches over `units`; at each start the longest alias whose casing fits wins.
    func matches(in units: [DocumentUnit], text: String) -> [AliasMatch] {
        if let found = text.utf8.withContiguousStorageIfAvailable({ matches(in: units, bytes: $0, text: text) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { matches(in: units, bytes: $0, text: text) }
    }

    private func matches(in units: [DocumentUnit], bytes: UnsafeBufferPointer<UInt8>, text: String) -> [AliasMatch] {
        var matches: [AliasMatch] = []
        var ends: [(end: Int, node: Int32, trie: Bool)] = []
        var start = 0
        while start < units.count {
            let first = units[start].id
            guard first >= 0 else { start += 1; continue }
            ends.removeAll(keepingCapacity: true)
            collectEnds(anyCaseTrie, from: start, in: units, isCapital: false, into: &ends)
            if Self.startsUppercase(units[start], bytes, text) {
                collectEnds(capitalTrie, from: start, in: units, isCapital: true, into: &ends)
                if ends.count > 1 { ends.sort { $0.end < $1.end } }
            }
            var found: AliasMatch?
            for (end, node, isCapital) in ends.reversed() {
                let trie = isCapital ? capitalTrie : anyCaseTrie
                let accepted = trie.values(at: node).first { aliases[Int($0)].casing.accepts(units[start..<end], bytes: bytes, text: text) }
                if let alias = accepted {
                    found = AliasMatch(units: start..<end, span: TextSpan(units[start].start, units[end - 1].end), alias: Int(alias))
                    break
                }
            }
            if let found {
                matches.append(found)
                start = found.units.upperBound
            } else {
                start += 1
            }
        }
        return matches
    }

    /// Every alias end reachable in `trie` from unit `start`, shortest first.
    @inline(__always)
    private func collectEnds(_ trie: UnitTrie, from start: Int, in units: [DocumentUnit], isCapital: Bool,
                             into ends: inout [(end: Int, node: Int32, trie: Bool)]) {
        guard var node = trie.rootChild(units[start].id) else { return }
        var position = start
        while true {
            if trie.hasValues(node) { ends.append((position + 1, node, isCapital)) }
            position += 1
            guard position < units.count, units[position].id >= 0,
                  let next = trie.child(of: node, unit: units[position].id) else { return }
            node = next
        }
    }
}
