import Foundation

/// Writes files so that they appear complete or not at all: a hidden temporary file in the same
/// directory, written, fsync'ed, renamed over the target, and the directory fsync'ed.
enum DurableFile {
    /// The temporary name used while `url` is being written.
    static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
    }

    static func save(_ bytes: [UInt8], to url: URL) throws {
        let temporary = temporaryURL(for: url)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create", temporary) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBufferPointer { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let error = failure("cannot write", temporary)
                close(descriptor)
                unlink(temporary.path)
                throw error
            }
            written += count
        }
        guard fsync(descriptor) == 0 else {
            let error = failure("cannot sync", temporary)
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        close(descriptor)
        guard rename(temporary.path, url.path) == 0 else {
            let error = failure("cannot rename into", url)
            unlink(temporary.path)
            throw error
        }
        try syncDirectory(url.deletingLastPathComponent())
    }

    /// Creates `directory` and its missing parents, syncing each parent so the new entries last.
    static func createDirectory(_ directory: URL) throws {
        var missing: [URL] = []
        var current = directory
        while !FileManager.default.fileExists(atPath: current.path) {
            missing.append(current)
            current = current.deletingLastPathComponent()
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for created in missing { try syncDirectory(created.deletingLastPathComponent()) }
    }

    static func syncDirectory(_ directory: URL) throws {
        let descriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot open directory", directory) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("cannot sync directory", directory) }
    }

    /// Removes `url` if present; a file that is already gone is not an error.
    static func remove(_ url: URL) throws {
        if unlink(url.path) != 0 && errno != ENOENT { throw failure("cannot remove", url) }
    }

    private static func failure(_ action: String, _ url: URL) -> IngestError {
        .state("\(action) \(url.path): \(String(cString: strerror(errno)))")
    }
}
