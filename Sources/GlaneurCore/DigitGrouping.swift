/// The one rule for digits grouped by spaces ("12 500", "1 250 000"), shared by the tokenize stage
/// (a grouped number is one token) and the claims stage (it is one value), so that tokens and
/// claims always agree on where a number starts and ends.
///
/// A grouped number is a first group of one to three digits that does not start with 0, then
/// groups of exactly three digits, each after exactly one separator: U+0020 SPACE, U+00A0 NO-BREAK
/// SPACE, U+202F NARROW NO-BREAK SPACE or U+2009 THIN SPACE. French groups this way; English
/// does not ("12 500 workers" is 12, then 500 workers; English writes 12,500).
public enum DigitGrouping {
    /// Whether numbers of `language` (a code such as "fr") group digits with spaces.
    public static func groupsWithSpaces(language: String?) -> Bool {
        language != "en"
    }

    /// Whether a run of `count` digits whose first digit is `first` (an ASCII byte) may open a grouped number.
    @inline(__always) public static func canOpenGroup(digitCount count: Int, first: UInt8) -> Bool {
        count >= 1 && count <= 3 && first != UInt8(ascii: "0")
    }

    /// The byte length of the group separator starting at `offset` of `bytes`, or 0 when there is none.
    @inline(__always) public static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        let value = bytes[offset]
        if value == 0x20 { return 1 }
        if value == 0xC2 { return offset + 1 < bytes.count && bytes[offset + 1] == 0xA0 ? 2 : 0 }
        if value == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0xAF || bytes[offset + 2] == 0x89 {
            return 3
        }
        return 0
    }

    /// Whether `bytes[from..<to]` is exactly one group separator.
    @inline(__always) public static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        to > from && separatorLength(bytes, at: from) == to - from
    }
}
