/// Interns folded unit strings as dense integer ids, with an open-addressing table over their
/// UTF-8 bytes so that a document token is looked up without hashing a `String`.
struct UnitVocabulary: Sendable {
    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt64] = []
    private var storage: [UInt8] = []
    private var offsets: [Int] = [0]

    init(minimumCapacity: Int = 1024) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { hashes.count }

    /// The id of `unit`, adding it when new.
    mutating func intern(_ unit: String) -> Int32 {
        var unit = unit
        return unit.withUTF8 { bytes in
            let hash = Self.hash(bytes)
            if let existing = find(bytes, hash: hash) { return existing }
            if (count + 1) * 2 > slots.count { grow() }
            let id = Int32(count)
            hashes.append(hash)
            storage.append(contentsOf: bytes)
            offsets.append(storage.count)
            place(id, hash: hash)
            return id
        }
    }

    /// The id of the unit with these bytes, or nil when no alias uses it.
    @inline(__always)
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        find(bytes, hash: Self.hash(bytes))
    }

    /// The id of the unit spelt by `range` of `bytes` in lower case (ASCII letters and digits only),
    /// without building the folded string.
    @inline(__always)
    func idLowercasing(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            hash = (hash ^ UInt64(Self.lower(bytes[index]))) &* 0x0000_0100_0000_01B3
        }
        hash = Self.finish(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash {
                let start = offsets[Int(id)]
                if offsets[Int(id) + 1] - start == range.count,
                   range.indices.allSatisfy({ storage[start + $0 - range.lowerBound] == Self.lower(bytes[$0]) }) {
                    return id
                }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// The id of `unit`, or nil when no alias uses it.
    func id(of unit: String) -> Int32? {
        if let found = unit.utf8.withContiguousStorageIfAvailable({ id(of: $0) }) { return found }
        var copy = unit
        return copy.withUTF8 { id(of: $0) }
    }

    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash, equals(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[id], end = offsets[id + 1]
        guard end - start == bytes.count else { return false }
        var index = 0
        while index < bytes.count {
            if storage[start + index] != bytes[index] { return false }
            index += 1
        }
        return true
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<count { place(Int32(id), hash: hashes[id]) }
    }

    /// FNV-1a with a final avalanche, good enough for short keys and cheap per byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return finish(hash)
    }

    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt64 {
        var hash = hash ^ (hash >> 29)
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
