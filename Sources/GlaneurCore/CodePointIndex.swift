/// Converts UTF-8 byte offsets of one text to Unicode code point offsets.
///
/// Built once per document in O(n) with a checkpoint every 64 bytes (memory n/16 bytes), after
/// which each conversion scans at most 63 bytes; no `String.Index` walks per annotation.
public struct CodePointIndex: Sendable {
    private static let stride = 64
    private let utf8: [UInt8]
    private var checkpoints: [Int32] = []

    public init(_ text: String) {
        utf8 = Array(text.utf8)
        checkpoints.reserveCapacity(utf8.count / Self.stride + 1)
        var codePoints: Int32 = 0
        for (offset, byte) in utf8.enumerated() {
            if offset % Self.stride == 0 { checkpoints.append(codePoints) }
            if byte & 0xC0 != 0x80 { codePoints += 1 }
        }
        if utf8.count % Self.stride == 0 { checkpoints.append(codePoints) }
    }

    /// The code point offset of UTF-8 offset `byteOffset` (which must be on a scalar boundary).
    public func codePointOffset(_ byteOffset: Int) -> Int {
        precondition(byteOffset >= 0 && byteOffset <= utf8.count, "offset \(byteOffset) outside the text")
        let block = byteOffset / Self.stride
        var count = Int(checkpoints[block])
        var offset = block * Self.stride
        while offset < byteOffset {
            if utf8[offset] & 0xC0 != 0x80 { count += 1 }
            offset += 1
        }
        return count
    }
}
