/// 64-bit feature keys: FNV-1a over bytes, and a SplitMix64 finaliser to combine keys, so that
/// features are computed without building strings. Key 0 is never produced (it marks empty slots).
enum FeatureHashing {
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        return value
    }

    static func hash(_ text: some StringProtocol) -> UInt64 { hash(text.utf8) }

    /// Mixes `value` into `seed`.
    static func combine(_ seed: UInt64, _ value: UInt64) -> UInt64 {
        var z = seed &+ 0x9e37_79b9_7f4a_7c15 &+ value &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z ^= z >> 31
        return z == 0 ? 1 : z
    }

    /// The key of template `template` applied to one, two or three values.
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        combine(combine(0x5bd1_e995, template), a)
    }

    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        combine(feature(template, a), b)
    }

    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        combine(feature(template, a, b), c)
    }
}
