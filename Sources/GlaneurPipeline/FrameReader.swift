import Foundation

/// Reads framed messages (a kind byte, a little-endian 32-bit length, the payload) from a file
/// descriptor, with a buffer so that small messages cost one read between them.
final class FrameReader {
    private let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    /// The unread bytes are `buffer[start..<end]`.
    private var start = 0
    private var end = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next frame, or nil at the end of the stream (a truncated frame counts as the end).
    func next() -> (kind: UInt8, payload: [UInt8])? {
        guard fill(5) else { return nil }
        var length = 0
        for offset in 0..<4 { length |= Int(buffer[start + 1 + offset]) << (8 * offset) }
        guard fill(5 + length) else { return nil }
        let kind = buffer[start]
        let payload = Array(buffer[(start + 5)..<(start + 5 + length)])
        start += 5 + length
        return (kind, payload)
    }

    /// Reads until `count` unread bytes are buffered; false at the end of the stream.
    private func fill(_ count: Int) -> Bool {
        if buffer.count - start < count {
            buffer.withUnsafeMutableBytes { _ = memmove($0.baseAddress!, $0.baseAddress! + start, end - start) }
            end -= start
            start = 0
            if buffer.count < count { buffer += repeatElement(0, count: count - buffer.count) }
        }
        while end - start < count {
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + end, $0.count - end) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { return false }
            end += got
        }
        return true
    }
}

/// Writes all of `bytes` to `descriptor`, retrying short writes; returns the errno of a failure.
func writeFully(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
    var written = 0
    while written < bytes.count {
        let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
        if result < 0 {
            if errno == EINTR { continue }
            return errno
        }
        written += result
    }
    return nil
}
