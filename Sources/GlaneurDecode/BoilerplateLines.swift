import Foundation
import GlaneurCore

/// Rules recognising a short paragraph or line as site boilerplate (the lists of
/// `lexicons/decode`, French and English today): share
/// buttons, comment forms, reading-time and credit lines, bare dates, advertising labels,
/// navigation and "read more" links, newsletter prompts, cookie notices and tag lists.
///
/// Lines are compared folded (lower case, accents removed, ’ → '); only lines of at most
/// `maximumLength` characters are tested, so article paragraphs are never touched.
struct BoilerplateLines: @unchecked Sendable {
    static let maximumLength = 160

    /// Prefix rules apply only to lines up to this length (bylines, credits and prompts are short).
    private static let prefixLineLength = 90

    private static let readingTime = try! NSRegularExpression(pattern:
        #"^(temps de lecture|lecture|reading time|read time|duree de lecture)?\s*:?\s*\d+\s*(min|mins|minutes?)\.?(\s+(de lecture|read|to read|reading))?$"#)
    private static let dateOnly = try! NSRegularExpression(pattern:
        #"^((le|on|published|publie|updated|mis a jour)\s+)?(\w+\s+)?(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(er)?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4})(\s*(,|a|at|-|–|•)?\s*\d{1,2}\s*[:h]\s*\d{2}(\s*(am|pm))?(\s*\w{2,4})?)?$"#)
    private static let threadStart = try! NSRegularExpression(pattern:
        #"^(\d+|un|une|one|deux|two|trois|three)\s+(reponses?|commentaires?|comments?|replies|reply|reactions?|thoughts?|avis)(\s+(a|au|aux|sur|on|to|pour|for)\b.*)?$"#)
    /// Whole lines, folded, to their rule name (a trailing " :" or ":" is ignored).
    private let exact: [String: String]
    /// Line beginnings, folded, by rule name, rules in file order; the line must be short (`prefixLineLength`).
    private let prefixes: [(rule: String, prefixes: [String])]
    /// Links to other stories ("Lire aussi : <title>"): a title follows, so any short paragraph.
    private let crossLinkPrefixes: [String]
    /// Subscription walls and site notices, by their beginning.
    private let noticePrefixes: [String]
    /// Endings of agency credit lines ("Le Monde avec AFP").
    private let agencyCredits: [String]
    /// Words a date line may hold besides numbers.
    private let dateWords: Set<String>
    /// Whole lines that open a comment thread or form.
    private let commentThreadLines: Set<String>

    /// The rules of `lexicon` (the lists of `lexicons/decode`).
    init(lexicon: DecodeLexicon) {
        var exact: [String: String] = [:]
        for (rule, line) in lexicon.lines { exact[line] = rule }
        self.exact = exact
        var prefixes: [(rule: String, prefixes: [String])] = []
        for (rule, prefix) in lexicon.prefixes {
            if let index = prefixes.firstIndex(where: { $0.rule == rule }) {
                prefixes[index].prefixes.append(prefix)
            } else {
                prefixes.append((rule, [prefix]))
            }
        }
        self.prefixes = prefixes
        crossLinkPrefixes = lexicon.crossLinkPrefixes
        noticePrefixes = lexicon.noticePrefixes
        agencyCredits = lexicon.agencyCredits
        dateWords = lexicon.dateWords
        commentThreadLines = lexicon.commentThreadLines
    }

    /// The name of the rule `line` matches, or nil when it may be article text.
    func rule(matching line: String) -> String? {
        guard !line.isEmpty, line.count <= Self.maximumLength else { return nil }
        let folded = Self.fold(line)
        if folded.isEmpty { return "empty" }
        if let rule = exact[folded] { return rule }
        var stripped = folded
        while let last = stripped.last, last == ":" || last == " " || last == "…" || last == ">" || last == "»" || last == "›" {
            stripped.removeLast()
        }
        if let rule = exact[stripped] { return rule }
        if folded.count <= Self.prefixLineLength {
            for (rule, prefixes) in prefixes where prefixes.contains(where: { folded.hasPrefix($0) }) {
                if rule == "credit" && !Self.looksLikeCredit(folded) { continue }
                return rule
            }
        }
        if crossLinkPrefixes.contains(where: { folded.hasPrefix($0) }) { return "navigation" }
        if noticePrefixes.contains(where: { folded.hasPrefix($0) }) { return "notice" }
        if folded.count <= 50 && (folded == "afp" || folded == "reuters" || agencyCredits.contains(where: { folded.hasSuffix($0) })) {
            return "credit"
        }
        if Self.matches(Self.readingTime, folded) { return "reading-time" }
        if isDateLine(folded) { return "date" }
        if Self.isThreadHeader(folded) { return "comment-thread" }
        if folded.contains("cookie") && (folded.contains("accept") || folded.contains("utilise") || folded.contains("uses")) {
            return "cookie"
        }
        if Self.isTagList(line) { return "tag-list" }
        return nil
    }

    /// True for a line that opens a comment thread or comment form ("3 réponses à …",
    /// "12 comments", "Laisser un commentaire"): what follows is reader comments and site chrome.
    func startsCommentThread(_ line: String) -> Bool {
        let folded = Self.fold(line)
        guard folded.count <= Self.maximumLength else { return false }
        if Self.isThreadHeader(folded) { return true }
        var stripped = folded
        while let last = stripped.last, last == ":" || last == " " { stripped.removeLast() }
        return commentThreadLines.contains(stripped)
    }

    private static func isThreadHeader(_ folded: String) -> Bool {
        matches(threadStart, folded)
    }

    /// Credit prefixes such as "par " or "by " only count when a short name follows, without a sentence.
    private static func looksLikeCredit(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        if folded.hasPrefix("by ") || folded.hasPrefix("par ") {
            return words.count <= 6 && !folded.contains(".") || folded.hasSuffix(")") && words.count <= 8
        }
        return words.count <= 12
    }

    private func isDateLine(_ folded: String) -> Bool {
        guard folded.count <= 60, folded.contains(where: \.isNumber) else { return false }
        guard Self.matches(Self.dateOnly, folded) else { return false }
        // A word-month form must name a month.
        let words = folded.split { !$0.isLetter }.map(String.init)
        let letters = words.filter { !$0.isEmpty }
        return letters.allSatisfy { dateWords.contains($0) }
    }

    /// Five or more short items separated by commas, bars or bullets, with no sentence punctuation.
    private static func isTagList(_ line: String) -> Bool {
        let separators: Set<Character> = [",", "|", "•", "·", "/"]
        let items = line.split { separators.contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }
        guard items.count >= 5, !line.contains(". "), !line.hasSuffix(".") else { return false }
        return items.allSatisfy { !$0.isEmpty && $0.split(separator: " ").count <= 3 && $0.first.map { $0.isUppercase || $0.isNumber || $0 == "#" } == true }
    }

    static func fold(_ line: String) -> String {
        TextFolding.fold(line).trimmingCharacters(in: .whitespaces)
    }

    private static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
