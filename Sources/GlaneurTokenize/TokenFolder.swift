import GlaneurCore

extension UTF8Text {
    /// `TextFolding.fold` of `start..<end`, computed from the bytes: ASCII is lower-cased in place
    /// and other scalars of the two-byte range and of General Punctuation come from a table built
    /// with `TextFolding` itself, so the result is the same. Tokens whose folded form has at most 15
    /// bytes live inline in the `String`, without allocation.
    func folded(_ start: Int, _ end: Int) -> String {
        var isASCII = true
        for offset in start..<end where bytes[offset] >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for index in 0..<(end - start) {
                    let value = bytes[start + index]
                    buffer[index] = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
                }
                return end - start
            }
        }
        return FoldingTable.shared.fold(self, start, end)
    }
}

/// Folded UTF-8 bytes of each scalar of U+0080–U+07FF and U+2000–U+206F, from `TextFolding`.
/// Folding works scalar by scalar, so folding a token is concatenating its scalars' entries.
final class FoldingTable: Sendable {
    static let shared = FoldingTable()

    private static let ranges: [ClosedRange<UInt32>] = [0x80...0x7FF, 0x2000...0x206F]
    /// Start of each scalar's entry in `bytes`; entry `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let offsets: [Int32]
    private let bytes: [UInt8]

    private init() {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        for range in Self.ranges {
            for value in range {
                if let scalar = Unicode.Scalar(value) { bytes += Array(TextFolding.fold(String(scalar)).utf8) }
                offsets.append(Int32(bytes.count))
            }
        }
        self.offsets = offsets
        self.bytes = bytes
    }

    /// Index of `value` in the table, or nil when the table does not cover it.
    @inline(__always) private func entry(_ value: UInt32) -> Int? {
        if value >= 0x80 && value <= 0x7FF { return Int(value - 0x80) }
        if value >= 0x2000 && value <= 0x206F { return 0x780 + Int(value - 0x2000) }
        return nil
    }

    /// Folds `text[start..<end]`; short tokens are folded in a stack buffer.
    func fold(_ text: UTF8Text, _ start: Int, _ end: Int) -> String {
        guard end - start <= 40 else {
            var folded: [UInt8] = []
            folded.reserveCapacity(end - start + 4)
            fold(text, start, end) { folded.append($0) }
            return String(decoding: folded, as: UTF8.self)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            var count = 0
            fold(text, start, end) { byte in
                if count < buffer.count { buffer[count] = byte }
                count += 1
            }
            guard count <= buffer.count else { return TextFolding.fold(text.string(start, end)) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
        }
    }

    @inline(__always) private func fold(_ text: UTF8Text, _ start: Int, _ end: Int, _ append: (UInt8) -> Void) {
        var offset = start
        while offset < end {
            let value = text[offset]
            if value < 0x80 {
                append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                offset += 1
                continue
            }
            let (scalar, length) = text.scalar(at: offset)
            if let index = entry(scalar.value) {
                for position in Int(offsets[index])..<Int(offsets[index + 1]) { append(bytes[position]) }
            } else {
                for byte in TextFolding.fold(String(scalar)).utf8 { append(byte) }
            }
            offset += length
        }
    }
}
