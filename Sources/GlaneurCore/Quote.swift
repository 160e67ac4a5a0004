/// Direct quotes are inside quotation marks; indirect ones are reported speech.
public enum QuoteKind: String, Sendable {
    case direct, indirect
}

/// Who a quote is attributed to: the mention in the text and, when resolved, the entity.
public struct Speaker: Sendable {
    /// The speaker mention ("il", "le PDG de Nvidia", "Jensen Huang"), when one is in the text.
    public var mention: TextSpan?
    /// Canonical name of the resolved entity; nil for unnamed sources ("un analyste").
    public var canonical: String?
    public var type: EntityType?
    public var entityID: String?
    /// How the quotes stage resolved the speaker: name, pronoun, description, organisation, run or unnamed.
    public var resolution: String?

    public init(mention: TextSpan?, canonical: String?, type: EntityType?, entityID: String?, resolution: String? = nil) {
        self.mention = mention
        self.canonical = canonical
        self.type = type
        self.entityID = entityID
        self.resolution = resolution
    }
}

/// A quotation with its attribution.
public struct Quote: Sendable {
    public var span: TextSpan
    public var kind: QuoteKind
    public var speaker: Speaker?
    /// The cue verb or construction ("a déclaré", "selon", "said").
    public var cue: TextSpan?
    /// Name of the attribution rule that fired (provenance).
    public var rule: String
    /// Between 0 and 1.
    public var confidence: Double

    public init(span: TextSpan, kind: QuoteKind, speaker: Speaker?, cue: TextSpan?, rule: String, confidence: Double) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.rule = rule
        self.confidence = confidence
    }
}
