/// The annotation layers a document can carry. Stages declare which they require and produce.
public enum Layer: String, CaseIterable, Comparable, Sendable {
    /// Clean text with paragraph spans; produced by decode.
    case text
    case paragraphs
    case sentences
    case tokens
    case entities
    case quotes
    case claims
    /// Every numeric expression, including those that are not claims (with the reason).
    case numbers

    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
