/// An open-addressing hash table from feature key to row number, for fast lookups at tagging time.
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let mask: Int

    init(keys featureKeys: [UInt64]) {
        var capacity = 16
        while capacity < featureKeys.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        rows = Array(repeating: -1, count: capacity)
        for (row, key) in featureKeys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            rows[slot] = Int32(row)
        }
    }

    /// The row of `key`, or nil when the model has no weight for it.
    @inline(__always)
    func row(of key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return Int(rows[slot]) }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
