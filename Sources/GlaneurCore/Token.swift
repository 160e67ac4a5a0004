/// What a token is, as far as later stages care.
public enum TokenKind: String, Sendable {
    case word, number, punct, symbol, url, email, handle, hashtag, emoji
}

/// The shape of a token's text, computed once by the tokenize stage.
public struct TokenShape: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The first character is an upper-case letter (`Paris`, `L'État`, `A`).
    public static let capitalized = TokenShape(rawValue: 1)
    /// At least one letter and no lower-case letter (`CGT`, `A`, `G7`).
    public static let allCaps = TokenShape(rawValue: 2)
    /// At least one ASCII digit.
    public static let hasDigits = TokenShape(rawValue: 4)
    /// The token's kind is `punct`.
    public static let punctuation = TokenShape(rawValue: 8)
    /// White space right before the token.
    public static let spaceBefore = TokenShape(rawValue: 16)
    /// White space right after the token.
    public static let spaceAfter = TokenShape(rawValue: 32)
}

/// A token: the one view of a document's words that later stages share, computed once by the
/// tokenize stage (see docs/word-model.md). Indices are `Int32` to keep tokens compact, and the
/// one-byte fields come last so that a token takes 56 bytes, not 64 (a document can hold a token
/// per one or two bytes of text).
public struct Token: Sendable {
    public var span: TextSpan
    /// Lower case, accents removed, ’ → ' (`TextFolding.fold` of the token's text), for matching.
    public var folded: String
    /// Index of `folded` in `Document.foldedForms`: equal ids mean equal folded forms; -1 when not interned.
    public var foldedID: Int32 = -1
    /// Index of the token's paragraph in `Document.paragraphs`, -1 when unknown.
    public var paragraph: Int32 = -1
    /// Index of the token's sentence in `Document.sentences`, -1 when unknown.
    public var sentence: Int32 = -1
    /// For a quotation mark paired with another in its paragraph, the index of the partner's token; -1 otherwise.
    public var pairedMark: Int32 = -1
    public var kind: TokenKind
    public var shape: TokenShape = []

    public init(span: TextSpan, kind: TokenKind, folded: String) {
        self.span = span
        self.kind = kind
        self.folded = folded
    }
}
