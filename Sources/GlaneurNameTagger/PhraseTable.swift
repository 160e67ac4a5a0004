/// An open-addressing hash table from a phrase key (non-zero, well mixed: `FeatureHashing.combine`)
/// to a bit set of classes, grown by doubling; built while lists are read and looked up as is at
/// tagging time, without sorting or rehashing into another table.
struct PhraseTable: Sendable {
    private var keys: [UInt64]
    private var bits: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init() {
        keys = Array(repeating: 0, count: 1024)
        bits = Array(repeating: 0, count: 1024)
        mask = 1023
    }

    /// Adds `key` when new and sets `bits` on its class set.
    mutating func insert(_ key: UInt64, bits newBits: UInt64) {
        precondition(key != 0, "phrase key 0 marks an empty slot")
        if (count + 1) * 2 > keys.count { grow() }
        let slot = Self.slot(of: key, keys, mask)
        if keys[slot] == 0 {
            keys[slot] = key
            count += 1
        }
        bits[slot] |= newBits
    }

    /// The class set of `key`, nil when the key is not listed.
    @inline(__always)
    func bits(of key: UInt64) -> UInt64? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return bits[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { bits(of: key) != nil }

    /// The slot holding `key`, or the empty slot where it goes.
    @inline(__always)
    private static func slot(of key: UInt64, _ keys: [UInt64], _ mask: Int) -> Int {
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Makes room for `count` keys in all without growing on the way.
    mutating func reserveCapacity(_ count: Int) {
        var size = keys.count
        while size < count * 2 { size <<= 1 }
        if size > keys.count { grow(to: size) }
    }

    private mutating func grow() { grow(to: keys.count * 2) }

    private mutating func grow(to size: Int) {
        let oldKeys = keys, oldBits = bits
        keys = Array(repeating: 0, count: size)
        bits = Array(repeating: 0, count: size)
        mask = keys.count - 1
        for index in oldKeys.indices where oldKeys[index] != 0 {
            let slot = Self.slot(of: oldKeys[index], keys, mask)
            keys[slot] = oldKeys[index]
            bits[slot] = oldBits[index]
        }
    }
}
