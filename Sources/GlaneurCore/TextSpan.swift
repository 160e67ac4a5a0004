/// A half-open range of UTF-8 byte offsets into a document's `text`.
///
/// UTF-8 offsets are the single internal unit: Swift strings and ICU's UTF-8 `UText` both index in
/// bytes. They are converted to Unicode code point offsets once per document on output.
public struct TextSpan: Hashable, Comparable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

extension String {
    /// The text a span covers. Spans come from stages working on this very string's UTF-8 view.
    public func slice(_ span: TextSpan) -> Substring {
        let utf8 = self.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: span.start)
        let to = utf8.index(from, offsetBy: span.length)
        return self[from..<to]
    }
}
