import Foundation

extension FileHandle {
    /// Up to `count` bytes, as soon as some are available (one read(2)); empty at the end of input
    /// or on a read error. Unlike `readData(ofLength:)`, it does not wait for `count` bytes, so a
    /// record on a pipe is processed as soon as its line arrives.
    func readAvailable(upTo count: Int) -> Data {
        var bytes = [UInt8](repeating: 0, count: count)
        while true {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fileDescriptor, $0.baseAddress!, count) }
            if got < 0 && errno == EINTR { continue }
            return got > 0 ? Data(bytes[0..<got]) : Data()
        }
    }
}
