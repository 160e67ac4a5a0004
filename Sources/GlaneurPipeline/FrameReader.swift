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

    /// What waiting for a frame gave.
    enum Wait {
        case frame(kind: UInt8, payload: [UInt8])
        /// The end of the stream (a truncated frame counts as the end).
        case end
        case timedOut
    }

    /// The next frame, or nil at the end of the stream (a truncated frame counts as the end).
    func next() -> (kind: UInt8, payload: [UInt8])? {
        guard case .frame(let kind, let payload) = next(deadline: nil) else { return nil }
        return (kind, payload)
    }

    /// The next frame, waiting at most until `deadline` (`DispatchTime.uptimeNanoseconds`) when given.
    func next(deadline: UInt64?) -> Wait {
        if let failure = fill(5, deadline: deadline) { return failure }
        var length = 0
        for offset in 0..<4 { length |= Int(buffer[start + 1 + offset]) << (8 * offset) }
        if let failure = fill(5 + length, deadline: deadline) { return failure }
        let kind = buffer[start]
        let payload = Array(buffer[(start + 5)..<(start + 5 + length)])
        start += 5 + length
        return .frame(kind: kind, payload: payload)
    }

    /// Reads until `count` unread bytes are buffered; nil once they are, else why not.
    private func fill(_ count: Int, deadline: UInt64?) -> Wait? {
        if buffer.count - start < count {
            buffer.withUnsafeMutableBytes { _ = memmove($0.baseAddress!, $0.baseAddress! + start, end - start) }
            end -= start
            start = 0
            if buffer.count < count { buffer += repeatElement(0, count: count - buffer.count) }
        }
        while end - start < count {
            if let deadline, !awaitInput(until: deadline) { return .timedOut }
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + end, $0.count - end) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { return .end }
            end += got
        }
        return nil
    }

    /// Waits until the descriptor can be read (or has reached its end); false once `deadline` passed.
    private func awaitInput(until deadline: UInt64) -> Bool {
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return false }
            let milliseconds = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, milliseconds)
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR { return true } // let read(2) report the problem
        }
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
