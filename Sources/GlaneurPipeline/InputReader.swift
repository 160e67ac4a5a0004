import CGlaneurXML
import Foundation
import GlaneurCore
#if canImport(Glibc)
import Glibc
#endif

/// What the reader left out on purpose, by rule (every other entry yields an item).
public struct InputTally: Sendable, Equatable {
    public var skipped: [SkipRule: Int] = [:]

    public var totalSkipped: Int { skipped.values.reduce(0, +) }
}

/// Reads the command line's inputs in a stable order: files, directories (recursively, sorted by
/// path) and `-` for standard input (JSONL records, or one document). Every input yields an item,
/// even when it cannot be read, except entries of a directory left out by a documented skip rule
/// (see `SkipRule`), which are counted in the returned tally. Nothing is silently dropped.
///
/// Inside a directory: hidden entries are skipped; symbolic links to files are read, links to
/// directories are not followed; dangling or looping links, FIFOs, sockets, devices and unreadable
/// subdirectories each yield an error record. Names that are not UTF-8 are read, their ids showing
/// the bytes as `%XX`.
public struct InputReader {
    /// Documents (files, inflated gzip data, JSONL records) larger than this yield a `too-large`
    /// error record instead of being read. JSONL files themselves may be larger: they are streamed.
    public var maximumDocumentSize = InputReader.defaultMaximumDocumentSize
    /// Which directory entries are read.
    public var filter = InputFilter()

    /// 16 MiB: far above any news article, low enough that a document's annotation fits in memory.
    public static let defaultMaximumDocumentSize = 16 << 20
    /// Gzip data (a compressed JSONL batch, typically) is inflated in memory up to this size.
    private static let maximumInflatedSize = 512 << 20
    /// The head read to decide whether a large file or a stream holds JSON lines.
    private static let sniffLength = 64 << 10

    public init(maximumDocumentSize: Int = InputReader.defaultMaximumDocumentSize, filter: InputFilter = InputFilter()) {
        self.maximumDocumentSize = maximumDocumentSize
        self.filter = filter
    }

    /// When set, only the documents of this shard are yielded (a JSONL file holds documents of any
    /// shard, so every input is still read).
    public var shard: Shard?

    /// Calls `body` with each item in input order; returns what was skipped by rule.
    @discardableResult
    public func read(_ paths: [String], _ body: (InputItem) -> Void) -> InputTally {
        guard let shard else { return readAll(paths, body) }
        return readAll(paths) { item in
            if shard.contains(id: item.id) { body(item) }
        }
    }

    private func readAll(_ paths: [String], _ body: (InputItem) -> Void) -> InputTally {
        var tally = InputTally()
        for path in paths {
            if path == "-" {
                readStream(FileHandle.standardInput, id: "stdin", source: "stdin", fileExtension: "", body)
                continue
            }
            let name = (path as NSString).lastPathComponent
            let id = Self.documentID(for: name)
            func fail(_ code: String, _ message: String) {
                body(InputItem(id: id, source: path, failure: DocumentFailure(stage: "read", code: code, message: message)))
            }
            let rawPath = Array(path.utf8)
            guard let status = FileSystem.status(of: rawPath, followingLinks: true) else {
                let error = errno
                switch error {
                case ENOENT where FileSystem.status(of: rawPath, followingLinks: false) != nil:
                    fail("dangling-symlink", "the symbolic link points to nothing")
                case ENOENT, ENOTDIR: fail("not-found", "no such file or directory")
                case ELOOP: fail("symlink-loop", "the symbolic link loops back on itself")
                default: fail("unreadable", "cannot inspect the path: \(FileSystem.errorMessage(error))")
                }
                continue
            }
            switch FileSystem.kind(status) {
            case S_IFDIR:
                let directory = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
                for entry in DirectoryWalker(filter: filter).entries(under: Array(directory.utf8)) {
                    switch entry {
                    case .file(let raw, let relative):
                        readFile(raw, id: Self.documentID(for: relative), source: directory + "/" + relative, body)
                    case .problem(let relative, let code, let message):
                        let entryID = relative.isEmpty ? id : Self.documentID(for: relative)
                        let source = relative.isEmpty ? path : directory + "/" + relative
                        body(InputItem(id: entryID, source: source, failure: DocumentFailure(stage: "read", code: code, message: message)))
                    case .skipped(let rule):
                        tally.skipped[rule, default: 0] += 1
                    }
                }
            case S_IFREG:
                readFile(rawPath, id: id, source: path, body)
            case S_IFIFO, S_IFCHR:
                // A pipe named on the command line (`<(zcat batch.jsonl.gz)`): read as a stream.
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    fail("unreadable", "cannot open \(FileSystem.kindName(status)): \(FileSystem.errorMessage(errno))")
                    continue
                }
                readStream(handle, id: id, source: path, fileExtension: Self.fileExtension(of: path), body)
                try? handle.close()
            default:
                fail("not-a-regular-file", "\(FileSystem.kindName(status)) is not an article file")
            }
        }
        return tally
    }

    /// Classifies bytes already in memory (a file's contents) and yields their items: one document,
    /// one error, or one item per JSONL line.
    public func read(bytes: [UInt8], fileExtension: String, id: String, source: String, _ body: (InputItem) -> Void) {
        func fail(_ code: String, _ message: String) {
            body(InputItem(id: id, source: source, failure: DocumentFailure(stage: "read", code: code, message: message)))
        }
        var bytes = bytes
        var fileExtension = fileExtension
        if bytes.starts(with: [0x1F, 0x8B]) {
            var tooLarge = false
            guard let inflated = Self.gunzip(bytes, tooLarge: &tooLarge) else {
                return tooLarge ? fail("too-large", "gzip data inflates past \(Self.maximumInflatedSize) bytes")
                                : fail("corrupt-gzip", "gzip data is corrupt")
            }
            bytes = inflated
            if fileExtension == "gz" { fileExtension = Self.fileExtension(of: String(source.dropLast(3))) }
        }
        bytes = Self.transcodingUTF16(bytes)
        let format = FormatSniffer.sniff(bytes, fileExtension: fileExtension)
        if format != .jsonLines, bytes.count > maximumDocumentSize {
            return fail("too-large", tooLargeMessage(bytes.count))
        }
        switch format {
        case .empty:
            fail("empty", "the file is empty or holds only white space")
        case .binary(let reason):
            fail("binary", reason)
        case .jsonLines:
            readLines(ByteLines(bytes, maximumLineLength: maximumDocumentSize), source: source, idPrefix: id, body)
        case .jsonRecord:
            body(RecordParser.parse(bytes, fallbackID: id, source: source))
        case .wordpress:
            body(InputItem(document: Document(id: id, source: source, input: RawInput(format: .wordpress, bytes: bytes))))
        case .html:
            body(InputItem(document: Document(id: id, source: source, input: RawInput(format: .html, bytes: bytes))))
        case .text:
            body(InputItem(document: Document(id: id, source: source, input: RawInput(format: .scrapedText, bytes: bytes))))
        }
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

    private static func fileExtension(of path: String) -> String {
        (path as NSString).pathExtension.lowercased()
    }

    private func tooLargeMessage(_ size: Int) -> String {
        "the document is \(size) bytes, over the \(maximumDocumentSize)-byte limit (--max-document-size)"
    }

    /// Reads a regular file: whole when small or compressed, streamed line by line when it is a
    /// large JSONL batch, refused when it is any other document over the size limit.
    private func readFile(_ path: [UInt8], id: String, source: String, _ body: (InputItem) -> Void) {
        func fail(_ code: String, _ message: String) {
            body(InputItem(id: id, source: source, failure: DocumentFailure(stage: "read", code: code, message: message)))
        }
        let descriptor = FileSystem.withPath(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { return fail("unreadable", "cannot open the file: \(FileSystem.errorMessage(errno))") }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0, FileSystem.kind(status) == S_IFREG else {
            return fail("not-a-regular-file", "the entry is no longer a regular file")
        }
        let size = Int(status.st_size)
        let fileExtension = Self.fileExtension(of: source)
        guard size > maximumDocumentSize else {
            guard let bytes = Self.readAll(handle, limit: size + 1) else {
                return fail("unreadable", "cannot read the file: \(FileSystem.errorMessage(errno))")
            }
            return read(bytes: bytes, fileExtension: fileExtension, id: id, source: source, body)
        }
        readStream(handle, id: id, source: source, fileExtension: fileExtension, isStandardStream: false, body)
    }

    /// Reads a stream (standard input, a pipe, or a large file): JSON lines are streamed; anything
    /// else is read whole up to the size limit and classified as one document.
    /// `isStandardStream` (standard input, a pipe) makes JSON lines the default reading.
    private func readStream(_ handle: FileHandle, id: String, source: String, fileExtension: String,
                            isStandardStream: Bool = true, _ body: (InputItem) -> Void) {
        func fail(_ code: String, _ message: String) {
            body(InputItem(id: id, source: source, failure: DocumentFailure(stage: "read", code: code, message: message)))
        }
        guard let head = isStandardStream ? handle.readStreamHead(limit: Self.sniffLength) : Self.readAll(handle, limit: Self.sniffLength) else {
            return fail("unreadable", "cannot read: \(FileSystem.errorMessage(errno))")
        }
        let holdsLines = isStandardStream ? FormatSniffer.streamHoldsJSONLines(head, fileExtension: fileExtension)
                                          : FormatSniffer.holdsJSONLines(head, fileExtension: fileExtension)
        if !head.starts(with: [0x1F, 0x8B]), holdsLines {
            let lines = LineReader(handle: handle, prefix: head, maximumLineLength: maximumDocumentSize)
            return readLines(lines, source: source, idPrefix: id, body)
        }
        let limit = head.starts(with: [0x1F, 0x8B]) ? Self.maximumInflatedSize : maximumDocumentSize
        guard let rest = Self.readAll(handle, limit: limit + 1 - head.count) else {
            return fail("unreadable", "cannot read: \(FileSystem.errorMessage(errno))")
        }
        if head.count + rest.count > limit {
            return fail("too-large", tooLargeMessage(head.count + rest.count) + " and is not JSON lines")
        }
        read(bytes: head + rest, fileExtension: fileExtension, id: id, source: source, body)
    }

    /// Up to `limit` bytes from `handle` (fewer at the end of input), or nil on a read error.
    private static func readAll(_ handle: FileHandle, limit: Int) -> [UInt8]? {
        var result: [UInt8] = []
        // A file of known size is read into one buffer: growing it by doubling would briefly hold
        // the input twice.
        var status = stat()
        if fstat(handle.fileDescriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 {
            result.reserveCapacity(min(Int(status.st_size) + 1, limit))
        }
        while result.count < limit {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: min(1 << 20, limit - result.count))
            } catch {
                if errno == EAGAIN { continue }
                return nil
            }
            guard let chunk, !chunk.isEmpty else { break }
            result.append(contentsOf: chunk)
        }
        return result
    }

    /// One item per non-blank line: a record, or an error record naming the line.
    private func readLines(_ lines: some LineSource, source: String, idPrefix: String, _ body: (InputItem) -> Void) {
        var number = 0
        while let line = lines.nextLine() {
            number += 1
            let id = "\(idPrefix)#\(number)"
            let lineSource = source == "stdin" ? "stdin:\(number)" : source
            switch line {
            case .tooLong(let length):
                body(InputItem(id: id, source: lineSource, failure: DocumentFailure(
                    stage: "read", code: "too-large", message: "the record is \(length) bytes, over the \(maximumDocumentSize)-byte limit (--max-document-size)")))
            case .bytes(let bytes):
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                if let reason = FormatSniffer.binaryReason(bytes) {
                    body(InputItem(id: id, source: lineSource, failure: DocumentFailure(stage: "read", code: "binary", message: "line \(number): \(reason)")))
                    continue
                }
                body(RecordParser.parse(bytes, fallbackID: id, source: lineSource))
            }
        }
    }

    static func gunzip(_ bytes: [UInt8], tooLarge: inout Bool) -> [UInt8]? {
        var length = 0
        var overflow: Int32 = 0
        let inflated = bytes.withUnsafeBufferPointer {
            gl_gunzip($0.baseAddress, $0.count, maximumInflatedSize, &length, &overflow)
        }
        tooLarge = overflow != 0
        guard let inflated else { return nil }
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
