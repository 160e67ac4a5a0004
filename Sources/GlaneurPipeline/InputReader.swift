import CGlaneurXML
import Foundation
import GlaneurCore

/// Reads the command line's inputs in a stable order: files, directories (recursively, sorted by
/// path) and `-` for JSONL records on standard input. Every input yields an item, even when it
/// cannot be read, so nothing is silently dropped.
public struct InputReader {
    /// Files larger than this are refused rather than read into memory.
    public var maximumFileSize = 256 << 20
    private static let maximumInflatedSize = 512 << 20
    /// When set, only the documents of this shard are yielded (a JSONL file holds documents of any shard, so every input is read).
    public var shard: Shard?

    public init() {}

    /// Calls `body` with each item in input order.
    public func read(_ paths: [String], _ body: (InputItem) -> Void) {
        guard let shard else { return readAll(paths, body) }
        readAll(paths) { item in
            if shard.contains(id: item.id) { body(item) }
        }
    }

    private func readAll(_ paths: [String], _ body: (InputItem) -> Void) {
        for path in paths {
            if path == "-" {
                readLines(LineReader(handle: .standardInput), source: "stdin", idPrefix: "stdin", body)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                body(InputItem(id: Self.documentID(for: (path as NSString).lastPathComponent), source: path,
                               failure: DocumentFailure(stage: "read", code: "not-found", message: "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                let directory = path.hasSuffix("/") ? String(path.dropLast()) : path
                for relative in Self.files(under: path) {
                    readFile(directory + "/" + relative, id: Self.documentID(for: relative), body)
                }
            } else {
                readFile(path, id: Self.documentID(for: (path as NSString).lastPathComponent), body)
            }
        }
    }

    /// Paths of the regular files below `directory`, relative to it, sorted; hidden files skipped.
    static func files(under directory: String) -> [String] {
        let base = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        var result: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.resolvingSymlinksInPath().path
            if path.hasPrefix(prefix) { result.append(String(path.dropFirst(prefix.count))) }
        }
        return result.sorted()
    }

    /// The id of a file's document: its path below the input directory without its extension (and `.gz`).
    static func documentID(for relativePath: String) -> String {
        var id = relativePath
        if id.lowercased().hasSuffix(".gz") { id = String(id.dropLast(3)) }
        let name = (id as NSString).lastPathComponent
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            id = String(id.dropLast(name.distance(from: dot, to: name.endIndex)))
        }
        return id
    }

    private func readFile(_ path: String, id: String, _ body: (InputItem) -> Void) {
        func fail(_ code: String, _ message: String) {
            body(InputItem(id: id, source: path, failure: DocumentFailure(stage: "read", code: code, message: message)))
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maximumFileSize {
            return fail("too-large", "file is \(size) bytes, over the \(maximumFileSize)-byte limit")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return fail("unreadable", "cannot read the file")
        }
        var bytes = Array(data)
        var fileExtension = (path as NSString).pathExtension.lowercased()
        if bytes.starts(with: [0x1F, 0x8B]) {
            guard let inflated = Self.gunzip(bytes) else {
                return fail("corrupt-gzip", "gzip data is corrupt or inflates past \(Self.maximumInflatedSize) bytes")
            }
            bytes = inflated
            if fileExtension == "gz" { fileExtension = ((path as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        }
        bytes = Self.transcodingUTF16(bytes)
        switch FormatSniffer.sniff(bytes, fileExtension: fileExtension) {
        case .empty:
            fail("empty", "the file is empty or holds only white space")
        case .binary(let reason):
            fail("binary", reason)
        case .jsonLines:
            readLines(ByteLines(bytes), source: path, idPrefix: id, body)
        case .jsonRecord:
            body(RecordParser.parse(bytes, fallbackID: id, source: path))
        case .wordpress:
            body(InputItem(document: Document(id: id, source: path, input: RawInput(format: .wordpress, bytes: bytes))))
        case .html:
            body(InputItem(document: Document(id: id, source: path, input: RawInput(format: .html, bytes: bytes))))
        case .text:
            body(InputItem(document: Document(id: id, source: path, input: RawInput(format: .scrapedText, bytes: bytes))))
        }
    }

    private func readLines(_ lines: some LineSource, source: String, idPrefix: String, _ body: (InputItem) -> Void) {
        var number = 0
        while let line = lines.nextLine() {
            number += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            body(RecordParser.parse(line, fallbackID: "\(idPrefix)#\(number)", source: source == "stdin" ? "stdin:\(number)" : source))
        }
    }

    static func gunzip(_ bytes: [UInt8]) -> [UInt8]? {
        var length = 0
        guard let inflated = bytes.withUnsafeBufferPointer({
            gl_gunzip($0.baseAddress, $0.count, maximumInflatedSize, &length)
        }) else { return nil }
        defer { gl_xml_free(inflated) }
        return Array(UnsafeBufferPointer(start: inflated, count: length))
    }

    /// UTF-16 text with a byte order mark becomes UTF-8; anything else is returned unchanged.
    static func transcodingUTF16(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 2 else { return bytes }
        let bigEndian: Bool
        if bytes[0] == 0xFF && bytes[1] == 0xFE { bigEndian = false }
        else if bytes[0] == 0xFE && bytes[1] == 0xFF { bigEndian = true }
        else { return bytes }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let pair = bigEndian ? (UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                                 : (UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index]))
            units.append(pair)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}

/// Anything that yields lines of bytes.
protocol LineSource {
    func nextLine() -> [UInt8]?
}

extension LineReader: LineSource {}

/// Lines of an in-memory buffer.
final class ByteLines: LineSource {
    private let bytes: [UInt8]
    private var cursor = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func nextLine() -> [UInt8]? {
        guard cursor < bytes.count else { return nil }
        let newline = bytes[cursor...].firstIndex(of: 0x0A) ?? bytes.count
        var end = newline
        if end > cursor && bytes[end - 1] == 0x0D { end -= 1 }
        let line = Array(bytes[cursor..<end])
        cursor = newline + 1
        return line
    }
}
