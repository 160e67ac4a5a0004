/// A MinHash signature over word 3-shingles of a text's folded words (see `RecordDigest`), with its LSH bands.
///
/// The 64 values estimate the similarity; the first 30 form 10 bands of 3 for the index. Two texts
/// whose shingle sets have Jaccard similarity J share a band with probability 1 − (1 − J³)¹⁰: a wire
/// copy with different boilerplate (J ≈ 0.8) is found with probability 0.999, J = 0.6 with 0.9,
/// while unrelated articles (J < 0.05) rarely meet in a band. Each band is one row to insert, so
/// their number is what the index costs.
public struct MinHash: Sendable, Equatable {
    public static let hashCount = 64
    public static let rowsPerBand = 3
    public static let bandCount = 10
    /// Fewer shingles than this give no signature: short texts are only compared exactly.
    public static let minimumShingles = 8

    public var values: [UInt32]

    public init(values: [UInt32]) {
        self.values = values
    }

    /// The signature of a sequence of word hashes (3-shingles), or nil when too short.
    public init?(wordHashes: [UInt64]) {
        guard wordHashes.count >= Self.minimumShingles + 2 else { return nil }
        var minimums = [UInt32](repeating: .max, count: Self.hashCount)
        for start in 0..<(wordHashes.count - 2) {
            let shingle = Self.mix(wordHashes[start] &* 31 &+ Self.mix(wordHashes[start + 1]) &* 17 &+ wordHashes[start + 2])
            // One multiply-shift hash per permutation: the high 32 bits of a·x + b (a odd).
            for index in 0..<Self.hashCount {
                let value = UInt32(truncatingIfNeeded: (Self.multipliers[index] &* shingle &+ Self.increments[index]) >> 32)
                if value < minimums[index] { minimums[index] = value }
            }
        }
        values = minimums
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    public func similarity(to other: MinHash) -> Double {
        var equal = 0
        for index in 0..<Self.hashCount where values[index] == other.values[index] { equal += 1 }
        return Double(equal) / Double(Self.hashCount)
    }

    /// One key per band, positive 63-bit integers for SQLite.
    public var bandKeys: [Int64] {
        (0..<Self.bandCount).map { band in
            var hash: UInt64 = UInt64(band) &+ 0x9E37_79B9_7F4A_7C15
            for row in 0..<Self.rowsPerBand { hash = Self.mix(hash ^ UInt64(values[band * Self.rowsPerBand + row])) }
            return Int64(bitPattern: hash & 0x7FFF_FFFF_FFFF_FFFF)
        }
    }

    /// The signature as little-endian bytes, for storage.
    public var bytes: [UInt8] {
        values.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    }

    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.hashCount * 4 else { return nil }
        values = (0..<Self.hashCount).map { index in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[index * 4 + $1]) << (8 * $1) }
        }
    }

    static func wordHash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// splitmix64's finaliser.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static let multipliers: [UInt64] = (0..<hashCount).map { mix(UInt64($0) &* 0x2545_F491_4F6C_DD1D) | 1 }
    private static let increments: [UInt64] = (0..<hashCount).map { mix(UInt64($0) &+ 0x5851_F42D_4C95_7F2D) }
}
