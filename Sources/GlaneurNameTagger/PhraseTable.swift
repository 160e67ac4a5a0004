/// An open-addressing hash table from a phrase key (non-zero, well mixed: `FeatureHashing.combine`)
/// to a bit set of classes, grown by doubling; built while lists are read and looked up as is at
/// tagging time, without sorting or rehashing into another table. Each slot holds the key and its
/// bits side by side, so that a lookup touches one place.
struct PhraseTable: Sendable {
    /// Slot `i`: key at `2i` (0 when empty), class bits at `2i + 1`.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init() {
        slots = Array(repeating: 0, count: 2 * 1024)
        mask = 1023
    }

    /// Adds `key` when new and sets `bits` on its class set.
    mutating func insert(_ key: UInt64, bits: UInt64) {
        precondition(key != 0, "phrase key 0 marks an empty slot")
        if (count + 1) * 2 > mask + 1 { grow(to: 2 * (mask + 1)) }
        let slot = Self.slot(of: key, slots, mask)
        if slots[2 * slot] == 0 {
            slots[2 * slot] = key
            count += 1
        }
        slots[2 * slot + 1] |= bits
    }

    /// The class set of `key`, nil when the key is not listed.
    @inline(__always)
    func bits(of key: UInt64) -> UInt64? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = slots[2 * slot]
            if found == key { return slots[2 * slot + 1] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { bits(of: key) != nil }

    /// Makes room for `count` keys in all without growing on the way.
    mutating func reserveCapacity(_ count: Int) {
        var size = mask + 1
        while size < count * 2 { size <<= 1 }
        if size > mask + 1 { grow(to: size) }
    }

    /// The slot holding `key`, or the empty slot where it goes.
    @inline(__always)
    private static func slot(of key: UInt64, _ slots: [UInt64], _ mask: Int) -> Int {
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[2 * slot] != 0 && slots[2 * slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow(to size: Int) {
        let old = slots
        slots = Array(repeating: 0, count: 2 * size)
        mask = size - 1
        for index in stride(from: 0, to: old.count, by: 2) where old[index] != 0 {
            let slot = Self.slot(of: old[index], slots, mask)
            slots[2 * slot] = old[index]
            slots[2 * slot + 1] = old[index + 1]
        }
    }
}
