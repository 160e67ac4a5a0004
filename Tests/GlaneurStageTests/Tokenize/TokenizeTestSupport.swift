import GlaneurCore
@testable import GlaneurTokenize

/// Tokenizes `text` as the pipeline does (decode, then tokenize) and returns the document.
func tokenized(_ text: String, language: String = "fr") throws -> Document {
    try annotate(text, language: language, through: [SharedStages.tokenize])
}

/// The token texts of `text`.
func tokenTexts(_ text: String, language: String = "fr") throws -> [String] {
    let document = try tokenized(text, language: language)
    return document.tokens.map { String(document.text.slice($0.span)) }
}

/// The sentence texts of `text`.
func sentenceTexts(_ text: String, language: String = "fr") throws -> [String] {
    let document = try tokenized(text, language: language)
    return document.texts(document.sentences)
}

/// The kind of the token whose text is `tokenText`.
func kind(of tokenText: String, in text: String, language: String = "fr") throws -> TokenKind? {
    let document = try tokenized(text, language: language)
    return document.tokens.first { document.text.slice($0.span) == tokenText }?.kind
}
