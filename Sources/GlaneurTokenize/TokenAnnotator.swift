import GlaneurCore

/// Completes the tokens of a document once its tokens and sentences are known: shape flags,
/// paragraph and sentence indices, paired quotation marks and interned folded forms (see
/// docs/word-model.md), in one pass over the tokens.
struct TokenAnnotator {
    let text: UTF8Text

    /// Annotates `tokens` (in text order), interning in `forms` the folded form of any token that
    /// has no `foldedID` yet, and returns the distinct folded forms, indexed by `Token.foldedID`.
    func annotate(_ tokens: inout [Token], forms: inout FoldedFormTable, paragraphs: [TextSpan], sentences: [TextSpan]) -> [String] {
        var paragraph = 0
        var sentence = 0
        var marks = QuotationMarkPairer()
        var currentParagraph: Int32 = -2
        for index in tokens.indices {
            let span = tokens[index].span
            while paragraph < paragraphs.count && paragraphs[paragraph].end <= span.start { paragraph += 1 }
            while sentence < sentences.count && sentences[sentence].end <= span.start { sentence += 1 }
            let paragraphIndex = paragraph < paragraphs.count && paragraphs[paragraph].contains(span) ? Int32(paragraph) : -1
            if paragraphIndex != currentParagraph {
                marks.startParagraph()
                currentParagraph = paragraphIndex
            }
            tokens[index].paragraph = paragraphIndex
            tokens[index].sentence = sentence < sentences.count && sentences[sentence].contains(span) ? Int32(sentence) : -1
            tokens[index].shape = shape(of: span, kind: tokens[index].kind)
            if tokens[index].foldedID < 0 { tokens[index].foldedID = forms.id(of: tokens[index].folded) }
            if tokens[index].kind == .punct, span.length <= 3, let mark = QuotationMark(text.scalar(at: span.start).scalar),
               text.scalar(at: span.start).length == span.length, let partner = marks.add(mark, at: index) {
                tokens[index].pairedMark = Int32(partner)
                tokens[partner].pairedMark = Int32(index)
            }
        }
        return forms.forms
    }

    /// Shape flags of `text[span]`: ASCII bytes are classified directly, other scalars by their properties.
    private func shape(of span: TextSpan, kind: TokenKind) -> TokenShape {
        var shape: TokenShape = kind == .punct ? .punctuation : []
        if span.start > 0 && isWhitespace(endingAt: span.start) { shape.insert(.spaceBefore) }
        if span.end < text.count && isWhitespace(startingAt: span.end) { shape.insert(.spaceAfter) }
        var hasUpper = false
        var hasLower = false
        var offset = span.start
        while offset < span.end {
            let byte = text[offset]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A {
                    hasUpper = true
                    if offset == span.start { shape.insert(.capitalized) }
                } else if byte >= 0x61 && byte <= 0x7A {
                    hasLower = true
                } else if byte >= 0x30 && byte <= 0x39 {
                    shape.insert(.hasDigits)
                }
                offset += 1
                continue
            }
            let (scalar, length) = text.scalar(at: offset)
            let scalarCase = ScalarCase.of(scalar)
            if scalarCase == .upper {
                hasUpper = true
                if offset == span.start { shape.insert(.capitalized) }
            } else if scalarCase == .lower {
                hasLower = true
            }
            offset += length
        }
        if hasUpper && !hasLower { shape.insert(.allCaps) }
        return shape
    }

    /// Whether a white-space scalar starts at `offset`.
    private func isWhitespace(startingAt offset: Int) -> Bool {
        let byte = text[offset]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        return ScalarCase.of(text.scalar(at: offset).scalar) == .space
    }

    /// Whether a white-space scalar ends at `offset`.
    private func isWhitespace(endingAt offset: Int) -> Bool {
        var start = offset - 1
        while start > 0 && start > offset - 4 && text[start] & 0xC0 == 0x80 { start -= 1 }
        return isWhitespace(startingAt: start)
    }
}

/// Whether a scalar is an upper-case letter, a lower-case letter, white space or something else:
/// from a table for the two-byte range (Latin, Greek, Cyrillic...), from Unicode properties beyond.
private enum ScalarCase: UInt8 {
    case other, upper, lower, space

    static func of(_ scalar: Unicode.Scalar) -> ScalarCase {
        let value = Int(scalar.value)
        if value >= 0x80 && value < 0x800 { return twoByte[value - 0x80] }
        return classify(scalar)
    }

    private static let twoByte: [ScalarCase] = (0x80..<0x800).map { classify(Unicode.Scalar(UInt32($0))!) }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarCase {
        let properties = scalar.properties
        if properties.isUppercase { return .upper }
        if properties.isLowercase { return .lower }
        return properties.isWhitespace ? .space : .other
    }
}

/// A quotation mark and how it pairs.
private enum QuotationMark {
    case guillemetOpen, guillemetClose, singleGuillemetOpen, singleGuillemetClose
    case curlyOpen, curlyClose, lowOpen, straight

    init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x00AB: self = .guillemetOpen
        case 0x00BB: self = .guillemetClose
        case 0x2039: self = .singleGuillemetOpen
        case 0x203A: self = .singleGuillemetClose
        case 0x201C: self = .curlyOpen
        case 0x201D: self = .curlyClose
        case 0x201E: self = .lowOpen
        case 0x0022: self = .straight
        default: return nil
        }
    }

    /// Whether `self`, as an open mark, is closed by `mark`.
    func isClosed(by mark: QuotationMark) -> Bool {
        switch (self, mark) {
        case (.guillemetOpen, .guillemetClose), (.singleGuillemetOpen, .singleGuillemetClose),
             (.curlyOpen, .curlyClose), (.lowOpen, .curlyOpen), (.lowOpen, .curlyClose), (.straight, .straight):
            return true
        default:
            return false
        }
    }

    var opens: Bool { self == .guillemetOpen || self == .singleGuillemetOpen || self == .curlyOpen || self == .lowOpen || self == .straight }
}

/// Pairs the quotation marks of one paragraph: a closing mark pairs with the nearest open mark it
/// closes (marks opened after that one stay unpaired); a straight `"` closes an open `"`, else opens.
private struct QuotationMarkPairer {
    private var open: [(mark: QuotationMark, index: Int)] = []

    mutating func startParagraph() {
        open.removeAll(keepingCapacity: true)
    }

    /// Adds the mark of token `index`; returns the index of the token it closes, if any.
    mutating func add(_ mark: QuotationMark, at index: Int) -> Int? {
        if let position = open.lastIndex(where: { $0.mark.isClosed(by: mark) }) {
            let partner = open[position].index
            open.removeSubrange(position...)
            return partner
        }
        if mark.opens { open.append((mark, index)) }
        return nil
    }
}
