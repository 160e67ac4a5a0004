import Foundation

/// Cleans scraped plain text line by line: stray tags, JSON escapes and character references are
/// resolved, then site boilerplate is removed: everything from a comment
/// thread's opening line on (when it comes after the start of the article), lines matching a
/// `BoilerplateLines` rule, and repeats of an earlier line (a title printed twice).
struct ScrapedTextCleaner: Sendable {
    let lines: BoilerplateLines
    let entities: HTMLEntities

    /// A comment thread only ends the article once this share of the text has been read.
    static let threadMinimumPosition = 0.3

    struct Result {
        var paragraphs: [String]
        var removedByRule: [String: Int]
    }

    func clean(_ text: String) -> Result {
        let cleaned = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            TextNormalization.cleanLine(entities.decode(StrayMarkup.strip(String($0))))
        }
        let total = max(1, cleaned.reduce(0) { $0 + $1.utf8.count })
        var removed: [String: Int] = [:]
        var paragraphs: [String] = []
        var seen: Set<String> = []
        var position = 0
        for (index, line) in cleaned.enumerated() {
            defer { position += line.utf8.count }
            guard !line.isEmpty else { continue }
            if Double(position) >= Self.threadMinimumPosition * Double(total) && lines.startsCommentThread(line) {
                removed["comment-thread", default: 0] += cleaned[index...].filter { !$0.isEmpty }.count
                break
            }
            if let rule = lines.rule(matching: line) {
                removed[rule, default: 0] += 1
                continue
            }
            let key = BoilerplateLines.fold(line)
            if line.count <= BoilerplateLines.maximumLength, seen.contains(key) {
                removed["repeated-line", default: 0] += 1
                continue
            }
            seen.insert(key)
            paragraphs.append(line)
        }
        let menuLines = removeMenus(from: &paragraphs)
        if menuLines > 0 { removed["menu", default: 0] += menuLines }
        return Result(paragraphs: paragraphs, removedByRule: removed)
    }

    /// Removes menus: runs of at least `minimumMenuRun` short lines (a few words, no sentence
    /// punctuation) before the first prose line or after the last one. Returns how many lines went.
    static let minimumMenuRun = 4

    private func removeMenus(from paragraphs: inout [String]) -> Int {
        guard let firstProse = paragraphs.firstIndex(where: Self.isProse),
              let lastProse = paragraphs.lastIndex(where: Self.isProse) else { return 0 }
        var drop = IndexSet()
        for range in [0..<firstProse, (lastProse + 1)..<paragraphs.count] {
            var runStart = range.lowerBound
            for index in range.lowerBound...range.upperBound {
                if index < range.upperBound && Self.isMenuItem(paragraphs[index]) { continue }
                if index - runStart >= Self.minimumMenuRun { drop.insert(integersIn: runStart..<index) }
                runStart = index + 1
            }
        }
        for index in drop.reversed() { paragraphs.remove(at: index) }
        return drop.count
    }

    /// A headline: a short line that does not end like a sentence (scraped articles open with one).
    static func looksLikeTitle(_ line: String) -> Bool {
        line.count <= 200 && line.split(separator: " ").count >= 2 && !(line.last.map { ".:;,".contains($0) } ?? true)
    }

    /// A sentence or a long line: article text.
    private static func isProse(_ line: String) -> Bool {
        line.count >= 80 || (line.count >= 30 && line.last.map { ".!?…»\"”".contains($0) } == true)
    }

    /// A menu entry: at most four words, no sentence punctuation.
    private static func isMenuItem(_ line: String) -> Bool {
        line.split(separator: " ").count <= 4 && !line.contains { ".!?:;,«»\"“”".contains($0) }
    }
}
