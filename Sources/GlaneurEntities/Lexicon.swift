import Foundation

/// Where a lexicon entry was read: file name and 1-based line number.
public struct LexiconLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var description: String { "\(file):\(line)" }
}

/// A lexicon entry with the place it was read from.
public struct LocatedEntry: Sendable {
    public var entry: LexiconEntry
    public var location: LexiconLocation
}

/// A line of a lexicon file that is not a valid entry.
public struct LexiconLineError: Sendable {
    public var location: LexiconLocation
    public var message: String
}

/// The entries of a set of `*.jsonl` lexicon files, with the lines that could not be read.
public struct Lexicon: Sendable {
    public var entries: [LocatedEntry] = []
    public var errors: [LexiconLineError] = []

    public init() {}

    /// Reads every `*.jsonl` file of `directory` (sorted by name), or the single file it names.
    public init(contentsOf url: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw LexiconFormatError(message: "no lexicon at \(url.path)")
        }
        let files = isDirectory.boolValue
            ? try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".jsonl") }.sorted()
                .map { url.appendingPathComponent($0) }
            : [url]
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw LexiconFormatError(message: "cannot read \(file.path)")
            }
            read([UInt8](data), file: file.lastPathComponent)
        }
    }

    /// Adds the entries of one file's bytes; blank lines and lines starting with `#` or `//` are skipped.
    public mutating func read(_ bytes: [UInt8], file: String) {
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = line.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
            guard let first = content.first, first != UInt8(ascii: "#"), !content.starts(with: [0x2F, 0x2F]) else { continue }
            let location = LexiconLocation(file: file, line: lineNumber)
            do {
                entries.append(LocatedEntry(entry: try LexiconEntry(jsonLine: content), location: location))
            } catch {
                errors.append(LexiconLineError(location: location, message: "\(error)"))
            }
        }
    }
}
