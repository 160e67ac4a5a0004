import Foundation

/// One line of a JSONL input: its bytes without the terminator, or only its length when it is
/// longer than the reader's limit (its bytes are skipped, never held).
public enum InputLine: Equatable, Sendable {
    case bytes([UInt8])
    case tooLong(byteCount: Int)
}

/// Anything that yields lines of bytes.
protocol LineSource {
    func nextLine() -> InputLine?
}

/// Reads a file handle line by line (LF or CRLF) in 1 MiB chunks, so that a large JSONL stream is
/// never held in memory whole, nor a line longer than `maximumLineLength`.
public final class LineReader: LineSource {
    private let handle: FileHandle
    private let maximumLineLength: Int
    private var buffer: [UInt8]
    private var cursor = 0
    private var finished = false
    private static let chunkSize = 1 << 20

    /// `prefix` holds bytes already read from `handle` (for example to sniff the format).
    public init(handle: FileHandle, prefix: [UInt8] = [], maximumLineLength: Int = Int.max) {
        self.handle = handle
        self.buffer = prefix
        self.maximumLineLength = maximumLineLength
    }

    /// The next line, or nil at the end of input.
    public func nextLine() -> InputLine? {
        var skipped = 0 // bytes of an over-long line already dropped
        while true {
            if let newline = buffer[cursor...].firstIndex(of: 0x0A) {
                var end = newline
                if end > cursor && buffer[end - 1] == 0x0D { end -= 1 }
                defer { cursor = newline + 1 }
                return finish(end - cursor + skipped, skipped: skipped > 0) { Array(buffer[cursor..<end]) }
            }
            if finished {
                guard cursor < buffer.count || skipped > 0 else { return nil }
                defer { cursor = buffer.count }
                return finish(buffer.count - cursor + skipped, skipped: skipped > 0) { Array(buffer[cursor...]) }
            }
            if buffer.count - cursor > maximumLineLength {
                skipped += buffer.count - cursor
                buffer.removeAll(keepingCapacity: true)
                cursor = 0
            } else if cursor > 0 {
                buffer.removeSubrange(0..<cursor)
                cursor = 0
            }
            let chunk = handle.readAvailable(upTo: Self.chunkSize)
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    private func finish(_ length: Int, skipped: Bool, _ bytes: () -> [UInt8]) -> InputLine {
        skipped || length > maximumLineLength ? .tooLong(byteCount: length) : .bytes(bytes())
    }
}

/// Lines of an in-memory buffer.
final class ByteLines: LineSource {
    private let bytes: [UInt8]
    private let maximumLineLength: Int
    private var cursor = 0

    init(_ bytes: [UInt8], maximumLineLength: Int = Int.max) {
        self.bytes = bytes
        self.maximumLineLength = maximumLineLength
    }

    func nextLine() -> InputLine? {
        guard cursor < bytes.count else { return nil }
        let newline = bytes[cursor...].firstIndex(of: 0x0A) ?? bytes.count
        var end = newline
        if end > cursor && bytes[end - 1] == 0x0D { end -= 1 }
        defer { cursor = newline + 1 }
        if end - cursor > maximumLineLength { return .tooLong(byteCount: end - cursor) }
        return .bytes(Array(bytes[cursor..<end]))
    }
}
