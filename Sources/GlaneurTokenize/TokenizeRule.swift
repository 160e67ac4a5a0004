/// The rules that change ICU's segmentation, counted per document for the quality report
/// (counter `rule.<name>` of stage `tokenize`).
enum TokenizeRule: Int, CaseIterable {
    case elision, clitic, compound, contraction, abbreviation, initial, numberGroups, numberRange,
         signedNumber, numberUnit, url, email, handle, hashtag, punctuationRun, gluedSentence,
         sentenceBreakSuppressed, sentenceBreakAdded

    var counterName: String {
        switch self {
        case .elision: "rule.elision"
        case .clitic: "rule.clitic"
        case .compound: "rule.compound"
        case .contraction: "rule.contraction"
        case .abbreviation: "rule.abbreviation"
        case .initial: "rule.initial"
        case .numberGroups: "rule.number-groups"
        case .numberRange: "rule.number-range"
        case .signedNumber: "rule.signed-number"
        case .numberUnit: "rule.number-unit"
        case .url: "rule.url"
        case .email: "rule.email"
        case .handle: "rule.handle"
        case .hashtag: "rule.hashtag"
        case .punctuationRun: "rule.punctuation-run"
        case .gluedSentence: "rule.glued-sentence"
        case .sentenceBreakSuppressed: "rule.sentence-break-suppressed"
        case .sentenceBreakAdded: "rule.sentence-break-added"
        }
    }
}

/// Per-document rule counts, kept in a flat array while tokenizing.
struct RuleCounts {
    private var counts = [Int](repeating: 0, count: TokenizeRule.allCases.count)

    mutating func record(_ rule: TokenizeRule) { counts[rule.rawValue] += 1 }

    mutating func add(_ rule: TokenizeRule, _ amount: Int) { counts[rule.rawValue] += amount }

    /// Counts that are not zero, by rule.
    var nonZero: [(TokenizeRule, Int)] {
        TokenizeRule.allCases.compactMap { counts[$0.rawValue] > 0 ? ($0, counts[$0.rawValue]) : nil }
    }
}
