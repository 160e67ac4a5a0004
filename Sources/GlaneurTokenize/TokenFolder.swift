import GlaneurCore

extension UTF8Text {
    /// `TextFolding.fold` of `start..<end`. ASCII is lower-cased straight from the bytes (tokens
    /// up to 15 bytes then live inline in the `String`, without allocation); other text goes
    /// through `TextFolding`.
    func folded(_ start: Int, _ end: Int) -> String {
        var isASCII = true
        for offset in start..<end where bytes[offset] >= 0x80 {
            isASCII = false
            break
        }
        guard isASCII else { return TextFolding.fold(string(start, end)) }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            for index in 0..<(end - start) {
                let value = bytes[start + index]
                buffer[index] = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
            }
            return end - start
        }
    }
}
