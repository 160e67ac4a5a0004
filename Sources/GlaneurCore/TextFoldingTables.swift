extension TextFolding {
    /// `fold` of valid UTF-8 bytes, computed from the bytes: ASCII is lower-cased in place and
    /// other scalars of the two-byte range and of General Punctuation come from tables built with
    /// `fold` itself, so the result is the same. Tokenize and claims fold their words with it; forms
    /// of at most 15 bytes live inline in the `String`, without allocation.
    public static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var isASCII = true
        for byte in bytes where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in 0..<bytes.count {
                    let value = bytes[index]
                    buffer[index] = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
                }
                return bytes.count
            }
        }
        return FoldingTable.shared.fold(bytes)
    }

    /// Appends `fold` of valid UTF-8 bytes to `folded`, as UTF-8 bytes (no `String` is made).
    public static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo folded: inout [UInt8]) {
        FoldingTable.shared.fold(bytes) { folded.append($0) }
    }
}

/// The folded UTF-8 bytes of each scalar of a block, computed with `TextFolding.fold` itself.
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

/// Folds text scalar by scalar from tables built with `TextFolding` (folding works scalar by
/// scalar, so folding a word is concatenating its scalars' entries): Latin, Greek, Cyrillic and
/// the other two-byte scripts and General Punctuation at once, East Asian blocks on first use.
private final class FoldingTable: Sendable {
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

    /// Folds `bytes`; short words are folded in a stack buffer.
    func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count <= 40 else {
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count + 4)
            fold(bytes) { folded.append($0) }
            return String(decoding: folded, as: UTF8.self)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            var count = 0
            fold(bytes) { byte in
                if count < buffer.count { buffer[count] = byte }
                count += 1
            }
            guard count <= buffer.count else { return TextFolding.fold(String(decoding: bytes, as: UTF8.self)) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
        }
    }

    @inline(__always) func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ append: (UInt8) -> Void) {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            if lead < 0x80 {
                append(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
                offset += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for index in 1..<length where offset + index < bytes.count {
                value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
            }
            self.append(Unicode.Scalar(value) ?? "\u{FFFD}", append)
            offset += length
        }
    }
}
