import GlaneurReport

/// One of `count` deterministic parts of an input: a document belongs to shard `index` (1-based)
/// when the 64-bit FNV-1a hash of its id's UTF-8 bytes, modulo `count`, is `index - 1`. The same
/// id lands in the same shard on every machine, whatever the input order.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1, (1...count).contains(index) else {
            throw ReportError("a shard is I/N with 1 ≤ I ≤ N (got \(index)/\(count))")
        }
        self.index = index
        self.count = count
    }

    /// Parses "I/N".
    public init(_ text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ReportError("a shard is written I/N, e.g. 2/8 (got '\(text)')")
        }
        try self.init(index: index, count: count)
    }

    public func contains(id: String) -> Bool {
        Int(StableHash.fnv1a64(id) % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }
}
