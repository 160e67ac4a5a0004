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

/// The folded UTF-8 bytes of each scalar of a block, computed with `TextFolding` itself.
private struct FoldingBlock: Sendable {
    let range: ClosedRange<UInt32>
    /// Entry `i` (scalar `range.lowerBound + i`) is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let offsets: [Int32]
    private let bytes: [UInt8]

    init(_ range: ClosedRange<UInt32>) {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        for value in range {
            if let scalar = Unicode.Scalar(value) { bytes += Array(TextFolding.fold(String(scalar)).utf8) }
            offsets.append(Int32(bytes.count))
        }
        self.range = range
        self.offsets = offsets
        self.bytes = bytes
    }

    @inline(__always) func append(_ value: UInt32, _ append: (UInt8) -> Void) {
        let index = Int(value - range.lowerBound)
        for position in Int(offsets[index])..<Int(offsets[index + 1]) { append(bytes[position]) }
    }
}

/// Folds tokens scalar by scalar from tables built with `TextFolding` (folding works scalar by
/// scalar, so folding a token is concatenating its scalars' entries): Latin, Greek, Cyrillic and
/// the other two-byte scripts and General Punctuation at once, East Asian blocks on first use.
final class FoldingTable: Sendable {
    static let shared = FoldingTable()

    private let twoByteScalars = FoldingBlock(0x80...0x7FF)
    private let generalPunctuation = FoldingBlock(0x2000...0x206F)
    private static let kana = FoldingBlock(0x3000...0x30FF)
    private static let ideographs = FoldingBlock(0x4E00...0x9FFF)
    private static let hangul = FoldingBlock(0xAC00...0xD7A3)
    private static let halfwidthAndFullwidth = FoldingBlock(0xFF00...0xFFEF)

    private init() {}

    /// Appends the folded bytes of `scalar`.
    @inline(__always) private func append(_ scalar: Unicode.Scalar, _ append: (UInt8) -> Void) {
        let value = scalar.value
        switch value {
        case 0x80...0x7FF: twoByteScalars.append(value, append)
        case 0x2000...0x206F: generalPunctuation.append(value, append)
        case 0x3000...0x30FF: Self.kana.append(value, append)
        case 0x4E00...0x9FFF: Self.ideographs.append(value, append)
        case 0xAC00...0xD7A3: Self.hangul.append(value, append)
        case 0xFF00...0xFFEF: Self.halfwidthAndFullwidth.append(value, append)
        default: for byte in TextFolding.fold(String(scalar)).utf8 { append(byte) }
        }
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
            self.append(scalar, append)
            offset += length
        }
    }
}
