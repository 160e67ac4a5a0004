import Foundation

/// Reads a file handle line by line (LF or CRLF) in 1 MiB chunks, so that a large JSONL stream is
/// never held in memory whole.
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var cursor = 0
    private var finished = false
    private static let chunkSize = 1 << 20

    public init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line's bytes without its terminator, or nil at the end of input.
    public func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[cursor...].firstIndex(of: 0x0A) {
                var end = newline
                if end > cursor && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[cursor..<end])
                cursor = newline + 1
                return line
            }
            if finished {
                guard cursor < buffer.count else { return nil }
                let line = Array(buffer[cursor...])
                cursor = buffer.count
                return line
            }
            if cursor > 0 {
                buffer.removeSubrange(0..<cursor)
                cursor = 0
            }
            let chunk = handle.readAvailable(upTo: Self.chunkSize)
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
