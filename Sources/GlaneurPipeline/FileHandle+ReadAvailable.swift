import Foundation

extension FileHandle {
    /// Up to `count` bytes, as soon as some are available (one read(2)); empty at the end of input
    /// or on a read error. Unlike `readData(ofLength:)`, it does not wait for `count` bytes, so a
    /// record on a pipe is processed as soon as its line arrives.
    func readAvailable(upTo count: Int) -> Data {
        readAvailableBytes(upTo: count).map { Data($0) } ?? Data()
    }

    /// The head of a stream for sniffing: up to `limit` bytes, but only those that have arrived once
    /// the first non-blank byte is "{" (JSON lines), so that a producer writing records one at a
    /// time is not kept waiting. Nil on a read error.
    func readStreamHead(limit: Int) -> [UInt8]? {
        var head: [UInt8] = []
        while head.count < limit {
            guard let chunk = readAvailableBytes(upTo: limit - head.count) else { return nil }
            if chunk.isEmpty { break }
            head += chunk
            if let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") { break }
        }
        return head
    }

    private func readAvailableBytes(upTo count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        while true {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fileDescriptor, $0.baseAddress!, count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { return nil }
            return Array(bytes[0..<got])
        }
    }
}
