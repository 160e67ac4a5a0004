import GlaneurCore

/// Text between quotation marks at the outermost level, as word indices.
struct MarkedQuotation: Sendable {
    /// Index of the opening mark; nil when the opening mark was missing and the start was recovered.
    var open: Int?
    /// Index of the closing mark; nil when the closing mark was missing and the end was recovered.
    var close: Int?
    /// First word inside the marks.
    var innerStart: Int
    /// One past the last word inside the marks.
    var innerEnd: Int
    /// A missing mark was recovered.
    var repaired: Bool
    /// The quotation goes on after an incise inside its marks ("« A, dit-il. B »"): this part ends at it.
    var endsAtIncise = false
    /// This part resumes after an incise inside the marks.
    var resumesAfterIncise = false

    /// First index of the quotation including its marks.
    var outerStart: Int { open ?? innerStart }
    /// One past the last index of the quotation including its marks.
    var outerEnd: Int { close.map { $0 + 1 } ?? innerEnd }
}

/// Finds the outermost quotations from the quotation marks the tokenizer paired (`Token.pairedMark`,
/// within a paragraph), and completes what pairing leaves open: a quotation continued over paragraphs
/// that open with the same mark, an opening mark never closed (the quotation runs to the end of its
/// paragraph), and a closing mark never opened (the start is recovered after the last quotation or
/// colon of the paragraph).
enum QuotationMarkScanner {
    private enum Family { case guillemet, curly, low, straight, singleCurly }

    /// Longest stretch of words a recovered start may cover.
    private static let longestRecovery = 120

    static func scan(_ words: [QuoteWord], pairedMarks: [Int: Int]) -> [MarkedQuotation] {
        var quotations: [MarkedQuotation] = []
        /// An outermost opening mark without partner, left open.
        var open: (index: Int, family: Family)?
        /// Start of the text where a recovered opening may begin (after the last quotation or a colon).
        var recoveryStart = 0
        var index = 0
        while index < words.count {
            let word = words[index]
            if index == 0 || words[index - 1].paragraph != word.paragraph {
                recoveryStart = index
                if let bottom = open {
                    // A quotation left open continues if this paragraph opens with the same mark.
                    if let mark = word.mark, openingFamily(mark) == bottom.family {
                        if let partner = pairedMarks[index], partner > index {
                            quotations.append(MarkedQuotation(open: bottom.index, close: partner, innerStart: bottom.index + 1,
                                                              innerEnd: partner, repaired: false))
                            open = nil
                            recoveryStart = partner + 1
                            index = partner + 1
                        } else {
                            index += 1
                        }
                        continue
                    }
                    quotations.append(MarkedQuotation(open: bottom.index, close: nil, innerStart: bottom.index + 1,
                                                      innerEnd: index, repaired: true))
                    open = nil
                }
            }
            guard let mark = word.mark else { index += 1; continue }
            if let partner = pairedMarks[index] {
                if partner > index {
                    if open == nil {
                        quotations.append(MarkedQuotation(open: index, close: partner, innerStart: index + 1, innerEnd: partner,
                                                          repaired: false))
                        recoveryStart = partner + 1
                    }
                    index = partner + 1
                    continue
                }
            } else if isClosing(mark) {
                if let bottom = open {
                    quotations.append(MarkedQuotation(open: bottom.index, close: index, innerStart: bottom.index + 1,
                                                      innerEnd: index, repaired: false))
                    open = nil
                    recoveryStart = index + 1
                } else if index - recoveryStart <= longestRecovery {
                    quotations.append(MarkedQuotation(open: nil, close: index, innerStart: recoveryStart, innerEnd: index,
                                                      repaired: true))
                    recoveryStart = index + 1
                }
            } else if open == nil, let family = openingFamily(mark), family != .singleCurly {
                // An unpaired `‘` is more often an apostrophe than a quotation left open.
                open = (index, family)
            } else if mark == ":" && open == nil {
                recoveryStart = index + 1
            }
            index += 1
        }
        if let bottom = open {
            quotations.append(MarkedQuotation(open: bottom.index, close: nil, innerStart: bottom.index + 1,
                                              innerEnd: words.count, repaired: true))
        }
        return quotations.filter { $0.innerEnd > $0.innerStart }
    }

    /// The family of a mark that opens a quotation.
    private static func openingFamily(_ mark: Character) -> Family? {
        switch mark {
        case "«", "‹": return .guillemet
        case "“": return .curly
        case "„": return .low
        case "\"": return .straight
        case "‘": return .singleCurly
        default: return nil
        }
    }

    /// Marks that only close a quotation.
    private static func isClosing(_ mark: Character) -> Bool {
        mark == "»" || mark == "›" || mark == "”"
    }
}
