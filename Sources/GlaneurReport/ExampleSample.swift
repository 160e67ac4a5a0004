/// A place in the output worth a look (an unattributed quote, a discovered name, a rejected
/// number, a failure), located by document id and code point offsets into the output text.
public struct ReportExample: Sendable, Equatable {
    public var category: String
    public var document: String
    public var start: Int?
    public var end: Int?
    /// What kind of case it is: an entity type, a rule, a rejection reason, an error code.
    public var label: String
    /// A short excerpt (at most `ExampleSample.excerptLength` characters), for reading only.
    public var excerpt: String
    /// The sampling key: a hash of the category, document, offsets and label, the same on every
    /// machine, so the kept sample does not depend on document order, jobs or shards.
    let sampleKey: UInt64

    public init(category: String, document: String, start: Int?, end: Int?, label: String, excerpt: String) {
        self.category = category
        self.document = document
        self.start = start
        self.end = end
        self.label = label
        self.excerpt = String(excerpt.prefix(ExampleSample.excerptLength))
        sampleKey = StableHash.fnv1a64("\(category)\u{0}\(document)\u{0}\(start ?? -1)\u{0}\(end ?? -1)\u{0}\(label)")
    }
}

/// A bounded, deterministic sample of examples: per category, the `limit` examples with the
/// smallest sample keys. The union of two samples cut to the limit is the sample of the union,
/// so merging is exact.
public struct ExampleSample: Sendable, Equatable {
    public static let excerptLength = 120
    public static let defaultLimit = 12
    public let limit: Int
    public private(set) var byCategory: [String: [ReportExample]] = [:]

    public init(limit: Int = ExampleSample.defaultLimit) {
        self.limit = limit
    }

    public mutating func add(_ example: ReportExample) {
        var kept = byCategory[example.category, default: []]
        if kept.count >= limit, let last = kept.last, !Self.order(example, last) { return }
        guard !kept.contains(example) else { return }
        kept.append(example)
        kept.sort(by: Self.order)
        if kept.count > limit { kept.removeLast(kept.count - limit) }
        byCategory[example.category] = kept
    }

    public mutating func merge(_ other: ExampleSample) {
        for examples in other.byCategory.values {
            for example in examples { add(example) }
        }
    }

    /// Every kept example, by category then sample key.
    public var all: [ReportExample] {
        byCategory.keys.sorted().flatMap { byCategory[$0]! }
    }

    private static func order(_ left: ReportExample, _ right: ReportExample) -> Bool {
        let (a, b) = (left.sampleKey, right.sampleKey)
        if a != b { return a < b }
        if left.document != right.document { return left.document < right.document }
        return (left.start ?? -1) < (right.start ?? -1)
    }
}
