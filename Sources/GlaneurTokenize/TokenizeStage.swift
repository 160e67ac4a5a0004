import CGlaneurICU
import GlaneurCore

/// Splits each paragraph into tokens and sentences with ICU's break iterators.
public struct TokenizeStage: Stage {
    public let name = "tokenize"
    public let requires: Set<Layer> = [.text, .paragraphs]
    public let produces: Set<Layer> = [.tokens, .sentences]

    public init(options: StageOptions) throws {
        try options.requireKnownKeys([])
    }

    public func process(_ document: inout Document) throws {
        let locale = document.language == "en" ? "en" : "fr"
        var tokens: [Token] = []
        var sentences: [TextSpan] = []
        let text = document.text
        let utf8 = Array(text.utf8)
        try utf8.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let words = gl_break_open(GL_BREAK_WORD, locale, nil),
                  let sentenceBreaks = gl_break_open(GL_BREAK_SENTENCE, locale, nil) else {
                throw StageError(code: "icu", message: "cannot open ICU break iterators for \(locale)")
            }
            defer { gl_break_close(words); gl_break_close(sentenceBreaks) }
            for paragraph in document.paragraphs {
                let start = base + paragraph.start
                gl_break_set_text(words, start, Int64(paragraph.length))
                var previous = 0
                while case let boundary = Int(gl_break_next(words)), boundary >= 0 {
                    let status = gl_break_rule_status(words)
                    let span = TextSpan(paragraph.start + previous, paragraph.start + boundary)
                    previous = boundary
                    let piece = text.slice(span)
                    guard !piece.allSatisfy({ $0.isWhitespace }) else { continue }
                    tokens.append(Token(span: span, kind: Self.kind(status: status, piece), folded: TextFolding.fold(piece)))
                }
                gl_break_set_text(sentenceBreaks, start, Int64(paragraph.length))
                previous = 0
                while case let boundary = Int(gl_break_next(sentenceBreaks)), boundary >= 0 {
                    var end = boundary
                    while end > previous, utf8[paragraph.start + end - 1] == 0x20 || utf8[paragraph.start + end - 1] == 0x0A { end -= 1 }
                    if end > previous { sentences.append(TextSpan(paragraph.start + previous, paragraph.start + end)) }
                    previous = boundary
                }
            }
        }
        document.tokens = tokens
        document.sentences = sentences
        document.count("tokens", tokens.count, stage: name)
        document.count("sentences", sentences.count, stage: name)
    }

    private static func kind(status: Int32, _ piece: Substring) -> TokenKind {
        switch status {
        case Int32(GL_WORD_NUMBER)..<Int32(GL_WORD_NUMBER_LIMIT): return .number
        case Int32(GL_WORD_LETTER)..<Int32(GL_WORD_IDEO_LIMIT): return .word
        default:
            return piece.unicodeScalars.allSatisfy({ $0.properties.generalCategory.isPunctuation }) ? .punct : .symbol
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
