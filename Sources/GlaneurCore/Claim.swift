/// Kinds of numeric claims.
public enum ClaimKind: String, CaseIterable, Sendable {
    case count, money, percent, duration, multiplier, measure
}

/// Approximation qualifiers, in the output schema's words.
public enum Approximation: String, CaseIterable, Sendable {
    case about
    case moreThan = "more than"
    case lessThan = "less than"
    case atLeast = "at least"
    case atMost = "at most"
    case upTo = "up to"
}

/// Direction of a stated change ("en hausse de", "fell by").
public enum Change: String, Sendable {
    case up, down
}

/// The entity a claim is about.
public struct ClaimSubject: Sendable {
    public var canonical: String
    public var entityID: String?
    public var mention: TextSpan?

    public init(canonical: String, entityID: String?, mention: TextSpan?) {
        self.canonical = canonical
        self.entityID = entityID
        self.mention = mention
    }
}

/// A numeric claim, normalised.
public struct Claim: Sendable {
    public var span: TextSpan
    public var kind: ClaimKind
    /// The number in the stated unit (money in currency units, percent in percent).
    public var value: Double
    /// Upper bound of a range ("3 à 5 ans").
    public var valueMax: Double?
    /// ISO 4217 code for money, year/month/... for durations, a symbol for measures, the counted noun for counts.
    public var unit: String?
    public var approximation: Approximation?
    /// Rate denominator ("an", "million de tokens").
    public var per: String?
    public var change: Change?
    public var subject: ClaimSubject?
    public var rule: String

    public init(span: TextSpan, kind: ClaimKind, value: Double, valueMax: Double? = nil, unit: String? = nil,
                approximation: Approximation? = nil, per: String? = nil, change: Change? = nil,
                subject: ClaimSubject? = nil, rule: String) {
        self.span = span
        self.kind = kind
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.approximation = approximation
        self.per = per
        self.change = change
        self.subject = subject
        self.rule = rule
    }
}

/// Any numeric expression found in the text, with the reason it is not a claim when it is not.
public struct NumberMention: Sendable {
    public var span: TextSpan
    public var value: Double
    /// Set when the number became a claim.
    public var claimKind: ClaimKind?
    /// Why it is not a claim ("year", "date", "name", "list-number", ...), nil for claims.
    public var rejection: String?

    public init(span: TextSpan, value: Double, claimKind: ClaimKind?, rejection: String?) {
        self.span = span
        self.value = value
        self.claimKind = claimKind
        self.rejection = rejection
    }
}
