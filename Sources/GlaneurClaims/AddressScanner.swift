import GlaneurCore

/// Finds the web addresses of a document: numbers inside them are not quantities.
enum AddressScanner {
    /// URLs, e-mail addresses, handles and hashtags, from the tokens and from a scan of the text (a URL may
    /// cross sentence boundaries, "?" included).
    static func spans(in document: Document, _ bytes: [UInt8]) -> SortedSpans {
        var spans: [TextSpan] = []
        for token in document.tokens where token.kind == .url || token.kind == .email || token.kind == .handle || token.kind == .hashtag {
            spans.append(token.span)
        }
        let schemes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("www.".utf8)]
        var position = 0
        while position < bytes.count {
            let byte = bytes[position] | 0x20
            if byte == 0x68 || byte == 0x77, position == 0 || !isWordByte(bytes[position - 1]),
               schemes.contains(where: { hasPrefix(bytes, at: position, $0) }) {
                var end = position
                while end < bytes.count, !isSpaceByte(bytes[end]) { end += 1 }
                // Leave trailing sentence punctuation and a non-ASCII space outside.
                while end > position, [0x2E, 0x2C, 0x29, 0x3B, 0x3A].contains(bytes[end - 1]) { end -= 1 }
                spans.append(TextSpan(position, end))
                position = max(end, position + 1)
            } else {
                position += 1
            }
        }
        return SortedSpans(spans)
    }

    private static func hasPrefix(_ bytes: [UInt8], at position: Int, _ prefix: [UInt8]) -> Bool {
        guard position + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[position + offset] | (prefix[offset] >= 0x61 ? 0x20 : 0) != prefix[offset] {
            return false
        }
        return true
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
    }

    /// ASCII whitespace, or the lead byte of a multi-byte character (no-break spaces and the like end a URL too).
    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte >= 0xC0
    }
}
