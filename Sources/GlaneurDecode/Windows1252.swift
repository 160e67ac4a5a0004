/// The windows-1252 reading of the C1 range: text mis-decoded as ISO-8859-1 carries U+0080–U+009F
/// where the author typed curly quotes, dashes, the euro sign or an ellipsis.
enum Windows1252 {
    private static let c1: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The character windows-1252 puts at byte `value` (0x80–0x9F), or nil for its five unassigned bytes.
    static func scalar(forC1 value: UInt32) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(value) else { return nil }
        let mapped = c1[Int(value - 0x80)]
        return mapped == 0 ? nil : Unicode.Scalar(mapped)
    }
}
