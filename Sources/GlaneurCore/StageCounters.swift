/// Named integer counters a stage keeps per document; the runner sums them into the batch report.
public struct StageCounters: Sendable, Equatable {
    public private(set) var values: [String: Int] = [:]

    public init() {}

    public mutating func add(_ key: String, _ amount: Int = 1) {
        values[key, default: 0] += amount
    }

    public mutating func merge(_ other: StageCounters) {
        for (key, value) in other.values { values[key, default: 0] += value }
    }
}
