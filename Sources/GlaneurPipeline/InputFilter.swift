#if canImport(Glibc)
import Glibc
#endif

/// Which entries of an input directory are read. Files named on the command line are always read.
///
/// A pattern without "/" is matched against an entry's name at any depth (`*.html`); a pattern with
/// "/" against its path below the input directory (`2024/*/draft-*`), shell-style (`*`, `?`, `[...]`).
public struct InputFilter: Sendable {
    /// When not empty, only files matching one of these patterns are read.
    public var include: [String]
    /// Files and directories matching one of these patterns are left out.
    public var exclude: [String]
    /// Whether entries whose name starts with "." are read (by default they are skipped and counted).
    public var readsHiddenEntries: Bool

    public init(include: [String] = [], exclude: [String] = [], readsHiddenEntries: Bool = false) {
        self.include = include
        self.exclude = exclude
        self.readsHiddenEntries = readsHiddenEntries
    }

    /// Whether the file at `relativePath` is read.
    func accepts(_ relativePath: String) -> Bool {
        if excludes(relativePath) { return false }
        return include.isEmpty || include.contains { Self.matches($0, relativePath) }
    }

    /// Whether an exclude pattern matches the entry at `relativePath`.
    func excludes(_ relativePath: String) -> Bool {
        exclude.contains { Self.matches($0, relativePath) }
    }

    static func matches(_ pattern: String, _ relativePath: String) -> Bool {
        if pattern.contains("/") {
            return fnmatch(pattern, relativePath, FNM_PATHNAME) == 0
        }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return fnmatch(pattern, name, 0) == 0
    }
}
