/// Feature weights packed for tagging: per slot of an open-addressing table, the key and the
/// label weights as 16-bit multiples of one scale, side by side in memory, so that a lookup
/// touches one place.
struct PackedWeights: Sendable {
    /// Per slot: key, then the label weights four to a word.
    private var storage: [UInt64]
    private let mask: Int
    let scale: Float
    private static let wordsPerSlot = 1 + (NameTagSet.count + 3) / 4

    init(keys: [UInt64], weights: [Float]) {
        let count = NameTagSet.count
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        let largest = weights.lazy.map(abs).max() ?? 0
        let scale = largest > 0 ? largest / 32767 : 1
        var storage = [UInt64](repeating: 0, count: capacity * Self.wordsPerSlot)
        storage.withUnsafeMutableBufferPointer { storage in
            weights.withUnsafeBufferPointer { weights in
                for (row, key) in keys.enumerated() {
                    var slot = Int(truncatingIfNeeded: key) & mask
                    while storage[slot * Self.wordsPerSlot] != 0 && storage[slot * Self.wordsPerSlot] != key { slot = (slot + 1) & mask }
                    storage[slot * Self.wordsPerSlot] = key
                    for label in 0..<count {
                        let quantised = UInt16(bitPattern: Int16(clamping: Int((weights[row * count + label] / scale).rounded())))
                        storage[slot * Self.wordsPerSlot + 1 + label / 4] |= UInt64(quantised) << (16 * UInt64(label % 4))
                    }
                }
            }
        }
        self.storage = storage
        self.mask = mask
        self.scale = scale
    }

    /// Adds the quantised weights of `key` to `sums` (one per label); false when the key is unknown.
    @inline(__always)
    func add(_ key: UInt64, to sums: UnsafeMutablePointer<Int32>) {
        storage.withUnsafeBufferPointer { storage in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let base = slot * Self.wordsPerSlot
                let found = storage[base]
                if found == key {
                    for label in 0..<NameTagSet.count {
                        let word = storage[base + 1 + label / 4]
                        sums[label] &+= Int32(Int16(truncatingIfNeeded: word >> (16 * UInt64(label % 4))))
                    }
                    return
                }
                if found == 0 { return }
                slot = (slot + 1) & mask
            }
        }
    }
}
