import Foundation

/// A fast language guesser for news text: counts the frequent function words of each language in
/// the first few thousand words. Good enough to pick French or English rules; says nil when unsure.
///
/// The words are data: `<directory>/<lang>/function-words.txt` (see `lexicons/core`), one folder
/// per language. Detection is one pass over the UTF-8 bytes: letters are lower-cased into a small
/// buffer and each word is looked up as packed bytes, with no allocation per letter or word.
public struct LanguageDetector: Sendable {
    /// Language codes, sorted: ties between scores go to the first.
    public let languages: [String]
    /// Bit `i` of a word's mask is set when the word is a function word of `languages[i]`.
    private let masks: [PackedWord: UInt64]

    /// Function words longer than this many UTF-8 bytes cannot be packed (none comes close).
    static let longestWord = 16

    /// Reads every `<directory>/<lang>/function-words.txt`.
    public init(directory: URL) throws {
        let owner = "language detector"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let languages = entries.filter {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).appendingPathComponent("function-words.txt").path)
        }.sorted()
        guard !languages.isEmpty, languages.count <= 64 else {
            throw ConfigurationError("\(owner): no <lang>/function-words.txt under \(directory.path) (at most 64 languages)")
        }
        var masks: [PackedWord: UInt64] = [:]
        for (index, language) in languages.enumerated() {
            let file = directory.appendingPathComponent(language).appendingPathComponent("function-words.txt")
            for word in try WordList.lines(file, owner: owner) {
                let lowered = word.lowercased()
                guard let packed = PackedWord(Array(lowered.utf8)) else {
                    throw ConfigurationError("\(owner): '\(word)' in \(language)/function-words.txt is longer than \(Self.longestWord) bytes")
                }
                masks[packed, default: 0] |= 1 << UInt64(index)
            }
        }
        self.languages = languages
        self.masks = masks
    }

    /// The most likely language code, or nil when the text has too few function words to tell.
    public func detect(_ text: String, maximumWords: Int = 3000) -> String? {
        var scores = [Int](repeating: 0, count: languages.count)
        var text = text
        text.withUTF8 { bytes in
            var word = PackedWord()
            var isTooLong = false
            var words = 0
            func flush() {
                guard word.count > 0 || isTooLong else { return }
                words += 1
                if !isTooLong, var mask = masks[word] {
                    while mask != 0 {
                        scores[mask.trailingZeroBitCount] += 1
                        mask &= mask - 1
                    }
                }
                word = PackedWord()
                isTooLong = false
            }
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte < 0x80 {
                    offset += 1
                    if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                        if !word.append(byte | 0x20) { isTooLong = true }
                        continue
                    }
                } else {
                    let (scalar, length) = Self.scalar(bytes, offset)
                    offset += length
                    if let lowered = LetterTable.shared.lowercased(scalar) {
                        for piece in UTF8.encode(lowered)! where !isTooLong && !word.append(piece) { isTooLong = true }
                        continue
                    }
                }
                flush()
                if words >= maximumWords { return }
            }
            flush()
        }
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        return scores.isEmpty || scores[best] < 2 ? nil : languages[best]
    }

    /// Decodes the scalar starting at `offset` (invalid bytes read as U+FFFD of length 1).
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// Up to `LanguageDetector.longestWord` UTF-8 bytes packed into two integers: a word as a hashable
/// value, built without allocation.
private struct PackedWord: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private(set) var count = 0

    init() {}

    init?(_ bytes: [UInt8]) {
        for byte in bytes where !append(byte) { return nil }
    }

    /// Appends `byte`; false when the word is already full.
    mutating func append(_ byte: UInt8) -> Bool {
        guard count < LanguageDetector.longestWord else { return false }
        if count < 8 {
            low |= UInt64(byte) << UInt64(count * 8)
        } else {
            high |= UInt64(byte) << UInt64((count - 8) * 8)
        }
        count += 1
        return true
    }
}

/// Whether a non-ASCII scalar is a letter and its lower-case form, from a table for the two-byte
/// range (Latin, Greek, Cyrillic, ...) and Unicode properties beyond it.
private final class LetterTable: Sendable {
    static let shared = LetterTable()

    /// Entry `value - 0x80` for U+0080...U+07FF: the lower-case scalar, or 0 for a non-letter.
    private let twoByte: [UInt32]

    private init() {
        twoByte = (0x80...0x7FF).map { value in
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
            return Self.slowLowercased(scalar)?.value ?? 0
        }
    }

    /// The lower-case form of `scalar` when it is a letter, nil otherwise.
    @inline(__always) func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x800 {
            let lowered = twoByte[Int(value) - 0x80]
            return lowered == 0 ? nil : Unicode.Scalar(lowered)
        }
        return Self.slowLowercased(scalar)
    }

    /// A letter as `Character.isLetter` sees it (alphabetic), lower-cased when the mapping is one scalar.
    private static func slowLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.properties.isAlphabetic else { return nil }
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? lowered.first! : scalar
    }
}
