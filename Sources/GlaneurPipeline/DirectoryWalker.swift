import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An entry met while walking an input directory.
enum WalkedEntry {
    /// A regular file (or a symbolic link to one) to read; `path` is the raw file-system path.
    case file(path: [UInt8], relative: String)
    /// An entry that cannot be read: it becomes an error record.
    case problem(relative: String, code: String, message: String)
    /// An entry left out by a documented skip rule: it is counted, not read.
    case skipped(rule: SkipRule)
}

/// Why a directory entry was left out on purpose. Each skip is counted in the reader's tally.
public enum SkipRule: String, CaseIterable, Sendable {
    /// A name starting with "." (a file, or a whole directory), unless hidden entries are read.
    case hidden
    /// A symbolic link to a directory: not followed, so no loop or duplicate is possible.
    case symlinkToDirectory = "symlink-to-directory"
    /// A file that no `--include` pattern matches, or an entry an `--exclude` pattern matches.
    case excluded
}

/// Walks a directory depth first with POSIX calls, so that names that are not UTF-8, unreadable
/// subdirectories, FIFOs, sockets and dangling or looping links are all seen and reported.
struct DirectoryWalker {
    var filter: InputFilter

    /// Every entry below `root` (a raw path), sorted by relative path.
    func entries(under root: [UInt8]) -> [WalkedEntry] {
        var found: [(relative: String, entry: WalkedEntry)] = []
        var skips: [WalkedEntry] = []
        walk(root, relative: "", into: &found, skips: &skips)
        return skips + found.sorted { $0.relative < $1.relative }.map(\.entry)
    }

    private func walk(_ directory: [UInt8], relative: String, into found: inout [(relative: String, entry: WalkedEntry)],
                      skips: inout [WalkedEntry]) {
        guard let stream = FileSystem.withPath(directory, { opendir($0) }) else {
            let reason = FileSystem.errorMessage(errno)
            found.append((relative, .problem(relative: relative, code: "unreadable-directory", message: "cannot list the directory: \(reason)")))
            return
        }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        for name in names {
            let display = FileSystem.displayName(name)
            let childRelative = relative.isEmpty ? display : relative + "/" + display
            if name.first == 0x2E && !filter.readsHiddenEntries {
                skips.append(.skipped(rule: .hidden))
                continue
            }
            let path = directory + [0x2F] + name
            guard let linkStatus = FileSystem.status(of: path, followingLinks: false) else {
                found.append((childRelative, .problem(relative: childRelative, code: "unreadable",
                                                      message: "cannot inspect the entry: \(FileSystem.errorMessage(errno))")))
                continue
            }
            var status = linkStatus
            if FileSystem.kind(linkStatus) == S_IFLNK {
                guard let target = FileSystem.status(of: path, followingLinks: true) else {
                    let error = errno
                    let problem: (String, String) = switch error {
                    case ELOOP: ("symlink-loop", "the symbolic link loops back on itself")
                    case ENOENT: ("dangling-symlink", "the symbolic link points to nothing")
                    default: ("unreadable", "cannot follow the symbolic link: \(FileSystem.errorMessage(error))")
                    }
                    found.append((childRelative, .problem(relative: childRelative, code: problem.0, message: problem.1)))
                    continue
                }
                if FileSystem.kind(target) == S_IFDIR {
                    skips.append(.skipped(rule: .symlinkToDirectory))
                    continue
                }
                status = target
            }
            switch FileSystem.kind(status) {
            case S_IFDIR:
                if filter.excludes(childRelative) {
                    skips.append(.skipped(rule: .excluded))
                } else {
                    walk(path, relative: childRelative, into: &found, skips: &skips)
                }
            case S_IFREG:
                if filter.accepts(childRelative) {
                    found.append((childRelative, .file(path: path, relative: childRelative)))
                } else {
                    skips.append(.skipped(rule: .excluded))
                }
            default:
                if filter.excludes(childRelative) {
                    skips.append(.skipped(rule: .excluded))
                } else {
                    found.append((childRelative, .problem(relative: childRelative, code: "not-a-regular-file",
                                                          message: "\(FileSystem.kindName(status)) is not an article file")))
                }
            }
        }
    }
}

/// Thin wrappers over the POSIX calls the reader needs, on raw (possibly non-UTF-8) paths.
enum FileSystem {
    static func withPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    /// `stat` or `lstat` of `path`, or nil (with `errno` set).
    static func status(of path: [UInt8], followingLinks: Bool) -> stat? {
        var result = stat()
        let code = withPath(path) { followingLinks ? stat($0, &result) : lstat($0, &result) }
        return code == 0 ? result : nil
    }

    static func kind(_ status: stat) -> mode_t {
        status.st_mode & S_IFMT
    }

    /// "a FIFO", "a socket"...: what a non-regular entry is, for messages.
    static func kindName(_ status: stat) -> String {
        switch kind(status) {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFDIR: "a directory"
        default: "a special file"
        }
    }

    static func errorMessage(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }

    /// The name as text: itself when it is UTF-8, else with every byte above 0x7F (and "%") written
    /// as `%XX`, so that ids stay distinct and printable.
    static func displayName(_ name: [UInt8]) -> String {
        if let text = String(validating: name, as: UTF8.self) { return text }
        var result = ""
        for byte in name {
            if byte >= 0x80 || byte == 0x25 {
                result += "%" + String(byte, radix: 16, uppercase: true)
            } else {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return result
    }
}
