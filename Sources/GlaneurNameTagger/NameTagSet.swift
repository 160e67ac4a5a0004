/// The name types the tagger finds.
public enum NameType: String, CaseIterable, Sendable {
    case person = "PERSON"
    case organization = "ORG"
    case place = "PLACE"
}

/// The tagger's BIO labels: `O`, then `B-` and `I-` of each name type, in `NameType` order.
public enum NameTagSet {
    /// Number of labels: `O` plus a begin and an inside label per type.
    public static let count = 1 + 2 * NameType.allCases.count
    /// The label outside any name.
    public static let outside = 0

    /// The label opening a name of `type`.
    public static func begin(_ type: NameType) -> Int { 1 + 2 * typeIndex(type) }
    /// The label continuing a name of `type`.
    public static func inside(_ type: NameType) -> Int { 2 + 2 * typeIndex(type) }

    /// The type a label belongs to; nil for `O`.
    public static func type(of label: Int) -> NameType? {
        label == outside ? nil : NameType.allCases[(label - 1) / 2]
    }

    public static func isBegin(_ label: Int) -> Bool { label != outside && (label - 1) % 2 == 0 }

    /// The label written as text ("O", "B-PERSON", "I-ORG").
    public static func name(of label: Int) -> String {
        guard let type = type(of: label) else { return "O" }
        return (isBegin(label) ? "B-" : "I-") + type.rawValue
    }

    /// Reads a BIO label; nil for an unknown one.
    public static func label(named name: some StringProtocol) -> Int? {
        if name == "O" { return outside }
        let parts = name.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let type = NameType(rawValue: String(parts[1])) else { return nil }
        switch parts[0] {
        case "B": return begin(type)
        case "I": return inside(type)
        default: return nil
        }
    }

    /// Whether `label` may follow `previous` (nil at the start): an `I-` label continues its own type.
    public static func allows(_ label: Int, after previous: Int?) -> Bool {
        guard label != outside, !isBegin(label) else { return true }
        guard let previous, previous != outside else { return false }
        return type(of: previous) == type(of: label)
    }

    private static func typeIndex(_ type: NameType) -> Int {
        switch type {
        case .person: 0
        case .organization: 1
        case .place: 2
        }
    }
}
