import Foundation

/// An exclusive `flock` on `STATE/lock`, released by the kernel when the process ends, so a
/// killed run never leaves a stale lock behind.
public final class StateLock {
    private let descriptor: Int32

    /// Takes the lock without blocking, or retries until `wait` seconds have passed.
    public init(directory: URL, wait: TimeInterval) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw IngestError.state("cannot create \(directory.path): \(error.localizedDescription)")
        }
        let path = directory.appendingPathComponent("lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IngestError.state("cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw IngestError.state("cannot lock \(path): \(reason)")
            }
            guard Date() < deadline else {
                close(descriptor)
                throw IngestError.locked("another glaneur ingest holds the lock on \(directory.path); try again later or pass --wait SECONDS")
            }
            usleep(100_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Why an ingest run stopped early; each case maps to a documented exit code.
public enum IngestError: Error, CustomStringConvertible {
    /// Another run holds the state lock (exit 75).
    case locked(String)
    /// The state or the output could not be read or written (exit 74).
    case state(String)
    /// The pipeline could not be built or its worker processes started (the error says which).
    case annotator(any Error)

    public var description: String {
        switch self {
        case .locked(let message), .state(let message): return message
        case .annotator(let error): return "\(error)"
        }
    }
}
