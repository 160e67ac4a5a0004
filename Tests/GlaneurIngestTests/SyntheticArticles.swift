import Foundation

/// Deterministic synthetic news articles for ingestion tests: invented words built from
/// syllables, names, numbers and a quotation per article, varied enough that unrelated articles
/// share almost no word 3-shingles while copies share nearly all of them.
struct SyntheticArticles {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    private static let onsets = Array("bcdfglmnprstv").map(String.init)
    private static let vowels = ["a", "e", "i", "o", "u", "é", "ou", "ai"]

    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    mutating func word() -> String {
        (0..<(2 + next(3))).map { _ in Self.onsets[next(Self.onsets.count)] + Self.vowels[next(Self.vowels.count)] }.joined()
    }

    mutating func name() -> String {
        "\(word().capitalized) \(word().capitalized)"
    }

    mutating func sentence(words count: Int) -> String {
        let words = (0..<count).map { _ in word() }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    /// A title line, a blank line and four paragraphs (~150 words) with a number and a quotation.
    mutating func article() -> (title: String, body: String) {
        let title = sentence(words: 6)
        var paragraphs: [String] = []
        for _ in 0..<4 {
            var sentences = (0..<(2 + next(2))).map { _ in sentence(words: 8 + next(8)) }
            if next(2) == 0 { sentences.append("\(name()) a compté \(10 + next(900)) \(word()) en \(2000 + next(25)).") }
            paragraphs.append(sentences.joined(separator: " "))
        }
        paragraphs.append("« \(sentence(words: 9)) », a déclaré \(name()).")
        return (title, paragraphs.joined(separator: "\n\n"))
    }

    /// The article as a scraped text file.
    static func file(_ article: (title: String, body: String)) -> String {
        article.title + "\n\n" + article.body + "\n"
    }
}
