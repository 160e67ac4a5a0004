/// One token as the tagger sees it: its surface text and its folded form (lower case, no accents).
public struct TaggerToken: Sendable {
    public var text: Substring
    public var folded: String

    public init(text: Substring, folded: String) {
        self.text = text
        self.folded = folded
    }
}

/// A name the tagger found: token range within the tagged sequence, type, and confidence (the
/// lowest marginal probability of the name's labels, from 0 to 1).
public struct TaggedName: Sendable, Equatable {
    public var tokens: Range<Int>
    public var type: NameType
    public var confidence: Double

    public init(tokens: Range<Int>, type: NameType, confidence: Double) {
        self.tokens = tokens
        self.type = type
        self.confidence = confidence
    }
}
