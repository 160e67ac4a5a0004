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
    private var phrases: [UInt64: UInt64] = [:]
    /// Keys of proper prefixes of listed phrases, to stop scanning early.
    private var prefixes: Set<UInt64> = []
    private(set) var longestPhrase = 0

    public init() {}

    /// The number of phrases listed.
    public var phraseCount: Int { phrases.count }

    /// Adds `phrase` (any case; folded and split into words here) to class `name`.
    public mutating func add(_ phrase: some StringProtocol, to name: String) {
        let words = Self.words(of: TextFolding.fold(phrase))
        guard !words.isEmpty else { return }
        let bit = classBit(name)
        var key: UInt64 = 0
        for (index, word) in words.enumerated() {
            key = Self.extend(key, FeatureHashing.hash(word))
            if index < words.count - 1 { prefixes.insert(key) }
        }
        phrases[key, default: 0] |= bit
        longestPhrase = max(longestPhrase, words.count)
    }

    /// Adds each non-blank, non-comment line of `url` (its first tab-separated field) to class `name`;
    /// a missing file adds nothing.
    public mutating func addLines(of url: URL, to name: String) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(whereSeparator: \.isNewline) {
            let field = line.split(separator: "\t").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard !field.isEmpty, !field.hasPrefix("#") else { continue }
            add(field, to: name)
        }
    }

    /// The project's name lists from `lexicons/names`: first names, family names, titles and
    /// organisation markers (prefix and suffix markers as separate classes).
    public mutating func addNameLists(in directory: URL) throws {
        for (file, name) in [("first-names.txt", "first-name"), ("extra-first-names.txt", "first-name"), ("first-names-world.txt", "first-name"),
                             ("family-names.txt", "family-name"), ("titles.txt", "title"), ("extra-titles.txt", "title")] {
            try addLines(of: directory.appendingPathComponent(file), to: name)
        }
        let markers = directory.appendingPathComponent("org-markers.txt")
        guard FileManager.default.fileExists(atPath: markers.path) else { return }
        for line in try String(contentsOf: markers, encoding: .utf8).split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard let phrase = fields.first else { continue }
            add(phrase, to: fields.count > 1 && fields[1].trimmingCharacters(in: .whitespaces) == "prefix" ? "org-prefix" : "org-suffix")
        }
    }

    /// The lexicon in lookup tables, for tagging (build once, use for many sentences).
    func compiled() -> CompiledTaggerLexicon {
        CompiledTaggerLexicon(phrases: phrases, prefixes: prefixes, longestPhrase: longestPhrase, classes: classes)
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
    private let phraseTable: FeatureTable
    private let phraseClasses: [UInt64]
    private let prefixTable: FeatureTable
    let longestPhrase: Int
    let classCount: Int
    /// Hash of each class name, as the features use it.
    let classNames: [UInt64]

    init(phrases: [UInt64: UInt64], prefixes: Set<UInt64>, longestPhrase: Int, classes: [String]) {
        let entries = phrases.sorted { $0.key < $1.key }
        phraseTable = FeatureTable(keys: entries.map(\.key))
        phraseClasses = entries.map(\.value)
        prefixTable = FeatureTable(keys: prefixes.sorted())
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
                if let row = phraseTable.row(of: key) { found.append((end - start, phraseClasses[row])) }
                if prefixTable.row(of: key) == nil { break }
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
