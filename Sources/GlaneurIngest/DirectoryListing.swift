import Foundation

/// Regular files below a directory, relative to it, in a stable (sorted) order; hidden files and
/// hidden directories are skipped, so scrapers can write `.name.tmp` files and rename them in.
enum DirectoryListing {
    static func files(under directory: String) -> [String] {
        let base = URL(fileURLWithPath: directory).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        var result: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix) { result.append(String(path.dropFirst(prefix.count))) }
        }
        return result.sorted()
    }
}
