/// Entity types scored by the evaluation; lexicons may not use others.
public enum EntityType: String, CaseIterable, Sendable {
    case person = "PERSON"
    case organization = "ORG"
    case place = "PLACE"
    case product = "PRODUCT"
}

/// How an entity mention was found.
public enum EntityOrigin: String, Sendable {
    /// Matched an alias of a curated lexicon entry.
    case lexicon
    /// A short or variant form linked to a fuller mention earlier in the same document.
    case alias
    /// A name found by cues (first names, titles, organisation markers), in no lexicon.
    case discovered
    /// A place of the generated world gazetteer, accepted on its context and prominence.
    case gazetteer
    /// A name the learned tagger found where no lexicon entry or cue did.
    case tagger
}

/// One entity mention in the text.
public struct Entity: Sendable {
    public var span: TextSpan
    public var type: EntityType
    public var canonical: String
    /// Stable identifier: a Wikidata QID or a `glaneur:` slug; nil for discovered names.
    public var id: String?
    public var origin: EntityOrigin
    /// The rule or lexicon file that produced the mention (provenance).
    public var rule: String

    public init(span: TextSpan, type: EntityType, canonical: String, id: String?, origin: EntityOrigin, rule: String) {
        self.span = span
        self.type = type
        self.canonical = canonical
        self.id = id
        self.origin = origin
        self.rule = rule
    }
}
