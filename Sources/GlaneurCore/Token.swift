/// What a token is, as far as later stages care.
public enum TokenKind: String, Sendable {
    case word, number, punct, symbol, url, email, handle, hashtag, emoji
}

/// A token with its folded form (lower case, accents removed, ’ → ') computed once for matching.
public struct Token: Sendable {
    public var span: TextSpan
    public var kind: TokenKind
    public var folded: String

    public init(span: TextSpan, kind: TokenKind, folded: String) {
        self.span = span
        self.kind = kind
        self.folded = folded
    }
}
