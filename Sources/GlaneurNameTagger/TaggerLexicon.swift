import Foundation
import GlaneurCore

/// Word lists and gazetteers seen by the tagger as membership features: each phrase belongs to one
/// or more named classes ("first-name", "title", "lexicon-PLACE", "gazetteer-PLACE"...). A token
/// inside the longest listed phrase starting at or before it gets the feature "class, position in
/// the phrase" (single, begin, inside, last). A model learns weights per class name, so the same
/// classes must be given at training and at tagging; any new list (a gazetteer file) is one more class.
public struct TaggerLexicon: Sendable {
    /// Class names, in the order their bit is assigned.
    public private(set) var classes: [String] = []
    /// Folded phrase key (combined word hashes) → bit set of classes.
    private var phrases = PhraseTable()
    /// Keys of proper prefixes of listed phrases, to stop scanning early.
    private var prefixes = PhraseTable()
    private(set) var longestPhrase = 0
    /// Reused by `add(utf8:to:)`: the folded bytes and the word hashes of the phrase being added.
    private var scratch: [UInt8] = []
    private var wordHashes: [UInt64] = []

    public init() {}

    /// The number of phrases listed.
    public var phraseCount: Int { phrases.count }

    /// Makes room for `count` phrases in all (a hint: lists of known size are then read without rehashing).
    public mutating func reserveCapacity(_ count: Int) {
        phrases.reserveCapacity(count)
    }

    /// Adds `phrase` (any case; folded and split into words here) to class `name`.
    public mutating func add(_ phrase: some StringProtocol, to name: String) {
        var text = String(phrase)
        text.withUTF8 { add(utf8: $0, to: name) }
    }

    /// Adds the phrase spelt by the UTF-8 bytes `phrase` to class `name`.
    public mutating func add(utf8 phrase: UnsafeBufferPointer<UInt8>, to name: String) {
        Self.phraseHashes(of: phrase, into: &wordHashes, scratch: &scratch)
        addWords(to: name)
    }

    /// The hashes of the words of a phrase, as `words(of: TextFolding.fold(phrase))` cuts them:
    /// ASCII is folded and cut byte by byte (in `scratch`); other text is folded with `TextFolding`
    /// and, when still not ASCII, cut by `words(of:)`. `hashes` is emptied first.
    static func phraseHashes(of phrase: UnsafeBufferPointer<UInt8>, into hashes: inout [UInt64], scratch: inout [UInt8]) {
        hashes.removeAll(keepingCapacity: true)
        var isASCII = true
        for byte in phrase where byte >= 0x80 {
            isASCII = false
            break
        }
        scratch.removeAll(keepingCapacity: true)
        if isASCII {
            for byte in phrase { scratch.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        } else {
            let folded = TextFolding.fold(utf8: phrase)
            guard folded.utf8.allSatisfy({ $0 < 0x80 }) else {
                hashes.append(contentsOf: words(of: folded).map { FeatureHashing.hash($0) })
                return
            }
            scratch.append(contentsOf: folded.utf8)
        }
        scratch.withUnsafeBufferPointer { asciiWordHashes(of: $0, into: &hashes) }
    }

    /// Lists the phrase whose word hashes are in `wordHashes` under class `name`.
    private mutating func addWords(to name: String) {
        let hashes = wordHashes
        guard !hashes.isEmpty else { return }
        let bit = classBit(name)
        var key: UInt64 = 0
        for (index, hash) in hashes.enumerated() {
            key = Self.extend(key, hash)
            if index < hashes.count - 1 { prefixes.insert(key, bits: 0) }
        }
        phrases.insert(key, bits: bit)
        longestPhrase = max(longestPhrase, hashes.count)
    }

    /// Adds each non-blank, non-comment line of `url` (its first tab-separated field) to class `name`;
    /// a missing file adds nothing.
    public mutating func addLines(of url: URL, to name: String) throws {
        try ListFields.forEach(inFile: url, owner: "name tagger") { fields in
            guard let field = fields.first, !field.isEmpty, field[0] != 0x23 else { return }
            add(utf8: field, to: name)
        }
    }

    /// The project's name lists from `lexicons/names`: first names, family names, titles and
    /// organisation markers (prefix and suffix markers as separate classes).
    public mutating func addNameLists(in directory: URL) throws {
        for (file, name) in [("first-names.txt", "first-name"), ("extra-first-names.txt", "first-name"), ("first-names-world.txt", "first-name"),
                             ("family-names.txt", "family-name"), ("titles.txt", "title"), ("extra-titles.txt", "title")] {
            try addLines(of: directory.appendingPathComponent(file), to: name)
        }
        try ListFields.forEach(inFile: directory.appendingPathComponent("org-markers.txt"), owner: "name tagger") { fields in
            guard let phrase = fields.first, !phrase.isEmpty, phrase[0] != 0x23 else { return }
            let isPrefix = fields.count > 1 && fields[1].elementsEqual("prefix".utf8)
            add(utf8: phrase, to: isPrefix ? "org-prefix" : "org-suffix")
        }
    }

    /// The lexicon in lookup tables, for tagging (build once, use for many sentences).
    func compiled() -> CompiledTaggerLexicon {
        CompiledTaggerLexicon(phrases: phrases, prefixes: prefixes, longestPhrase: longestPhrase, classes: classes)
    }

    /// The word hashes of folded ASCII bytes, cut as `words(of:)` cuts them.
    private static func asciiWordHashes(of folded: UnsafeBufferPointer<UInt8>, into hashes: inout [UInt64]) {
        @inline(__always) func isAlphanumeric(_ byte: UInt8) -> Bool {
            byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A || byte >= 0x30 && byte <= 0x39
        }
        var index = 0
        while index < folded.count {
            let byte = folded[index]
            if byte == 0x20 || byte >= 0x09 && byte <= 0x0D {
                index += 1
                continue
            }
            var end = index + 1
            if isAlphanumeric(byte) {
                while end < folded.count {
                    let next = folded[end]
                    if isAlphanumeric(next) {
                        end += 1
                    } else if next == 0x27 {
                        end += 1
                        break
                    } else if next == 0x2D || next == 0x2E, end + 1 < folded.count, isAlphanumeric(folded[end + 1]) {
                        end += 1
                    } else {
                        break
                    }
                }
            }
            hashes.append(FeatureHashing.hash(UnsafeBufferPointer(rebasing: folded[index..<end])))
            index = end
        }
    }

    /// Words of a folded phrase as the tokenizer cuts them: letter and digit runs (with inner
    /// hyphens and dots kept), an elided article with its apostrophe, each other symbol alone.
    static func words(of folded: String) -> [Substring] {
        var words: [Substring] = []
        var index = folded.startIndex
        while index < folded.endIndex {
            let character = folded[index]
            if character.isWhitespace {
                index = folded.index(after: index)
                continue
            }
            var end = folded.index(after: index)
            if character.isLetter || character.isNumber {
                while end < folded.endIndex {
                    let next = folded[end]
                    if next.isLetter || next.isNumber {
                        end = folded.index(after: end)
                    } else if next == "'" {
                        end = folded.index(after: end)
                        break
                    } else if next == "-" || next == ".", folded.index(after: end) < folded.endIndex,
                              folded[folded.index(after: end)].isLetter || folded[folded.index(after: end)].isNumber {
                        end = folded.index(after: end)
                    } else {
                        break
                    }
                }
            }
            words.append(folded[index..<end])
            index = end
        }
        return words
    }

    private mutating func classBit(_ name: String) -> UInt64 {
        if let index = classes.firstIndex(of: name) { return 1 << UInt64(index) }
        precondition(classes.count < 64, "a tagger lexicon holds at most 64 classes")
        classes.append(name)
        return 1 << UInt64(classes.count - 1)
    }

    private static func extend(_ key: UInt64, _ word: UInt64) -> UInt64 { FeatureHashing.combine(key, word) }
}

/// A `TaggerLexicon` in open-addressing tables: per token, the (class index, position) pairs of
/// the phrases covering it, the longest phrase starting at each token winning per class.
/// Position: 0 single, 1 begin, 2 inside, 3 last.
struct CompiledTaggerLexicon: Sendable {
    private let phrases: PhraseTable
    private let prefixes: PhraseTable
    let longestPhrase: Int
    let classCount: Int
    /// Hash of each class name, as the features use it.
    let classNames: [UInt64]

    init(phrases: PhraseTable, prefixes: PhraseTable, longestPhrase: Int, classes: [String]) {
        self.phrases = phrases
        self.prefixes = prefixes
        self.longestPhrase = longestPhrase
        classCount = classes.count
        classNames = classes.map { FeatureHashing.hash($0.utf8) }
    }

    func memberships(of wordHashes: [UInt64]) -> [[(klass: Int, position: Int)]] {
        var result = Array(repeating: [(klass: Int, position: Int)](), count: wordHashes.count)
        guard classCount > 0 else { return result }
        var coveredUntil = Array(repeating: 0, count: classCount)
        for start in wordHashes.indices {
            var key: UInt64 = 0
            var found: [(length: Int, bits: UInt64)] = []
            var end = start
            while end < wordHashes.count, end - start < longestPhrase {
                key = FeatureHashing.combine(key, wordHashes[end])
                end += 1
                if let bits = phrases.bits(of: key) { found.append((end - start, bits)) }
                if !prefixes.contains(key) { break }
            }
            for (length, bits) in found.reversed() {
                for klass in 0..<classCount where bits & (1 << UInt64(klass)) != 0 && coveredUntil[klass] <= start {
                    coveredUntil[klass] = start + length
                    for offset in 0..<length {
                        let position = length == 1 ? 0 : offset == 0 ? 1 : offset == length - 1 ? 3 : 2
                        result[start + offset].append((klass, position))
                    }
                }
            }
        }
        return result
    }
}
