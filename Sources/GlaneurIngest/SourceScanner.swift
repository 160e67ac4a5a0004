import Foundation
import GlaneurCore
import GlaneurPipeline

/// One input found in a source, before annotation.
struct SourceItem {
    /// Stable across runs: the source's spec and the document's id.
    var key: String
    /// Hash of the bytes the document was built from (or of the read failure).
    var rawHash: String
    var input: InputItem
}

/// Reads the items of each kind of source, from the position the ledger last committed.
struct SourceScanner {
    var fetcher = FeedFetcher()
    /// Bytes at the head of a JSONL file whose hash detects a rewritten file.
    static let prefixLimit = 4096

    /// What scanning a source found besides its items.
    struct Outcome {
        /// The position to commit once every item is committed.
        var progress: SourceProgress
        /// The JSONL file was truncated or rewritten and was read again from its start.
        var restarted = false
        /// The feed answered 304 Not Modified.
        var notModified = false
    }

    /// Calls `visit` with each item and the source's position just after it (JSONL only).
    func scan(_ source: IngestSource, known: SourceProgress?, fromStart: Bool,
              visit: (SourceItem, SourceProgress?) throws -> Void) throws -> Outcome {
        switch source {
        case .directory(let path):
            return try scanDirectory(path, source: source, visit: visit)
        case .jsonLines(let path):
            return try scanJSONLines(path, source: source, known: fromStart ? nil : known, visit: visit)
        case .feedFile(let path):
            guard let data = FileManager.default.contents(atPath: path) else { throw SourceError(path, "cannot be read") }
            try visitFeed(Array(data), source: source, visit: visit)
            return Outcome(progress: SourceProgress(spec: source.spec, kind: source.kind))
        case .feedURL(let url):
            let conditional = fromStart ? nil : known
            switch try fetcher.fetch(url, etag: conditional?.etag, lastModified: conditional?.lastModified) {
            case .notModified:
                return Outcome(progress: known ?? SourceProgress(spec: source.spec, kind: source.kind), notModified: true)
            case .fetched(let body, let etag, let lastModified):
                try visitFeed(body, source: source, visit: visit)
                return Outcome(progress: SourceProgress(spec: source.spec, kind: source.kind, etag: etag, lastModified: lastModified))
            }
        }
    }

    private func scanDirectory(_ path: String, source: IngestSource, visit: (SourceItem, SourceProgress?) throws -> Void) throws -> Outcome {
        var failure: Error?
        InputReader().read([path]) { item in
            guard failure == nil else { return }
            let rawHash: String
            switch item.document {
            case .success(let document): rawHash = Self.hash(document.input)
            case .failure(let error): rawHash = SHA256.hex(Array("error:\(error.code):\(error.message)".utf8))
            }
            do {
                try visit(SourceItem(key: "\(source.spec)#\(item.id)", rawHash: rawHash, input: item), nil)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return Outcome(progress: SourceProgress(spec: source.spec, kind: source.kind))
    }

    private func scanJSONLines(_ path: String, source: IngestSource, known: SourceProgress?,
                               visit: (SourceItem, SourceProgress?) throws -> Void) throws -> Outcome {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw SourceError(path, "cannot be read") }
        defer { try? handle.close() }
        let size = Int64(try handle.seekToEnd())
        try handle.seek(toOffset: 0)
        let head = Array(handle.readData(ofLength: Self.prefixLimit))
        var start: Int64 = 0
        var restarted = false
        if let known, let offset = known.offset, offset > 0 {
            let length = Int(known.prefixLength ?? 0)
            let intact = offset <= size && length <= head.count && SHA256.hex(head.prefix(length)) == known.prefixHash
            if intact { start = offset } else { restarted = true }
        }
        var progress = SourceProgress(spec: source.spec, kind: source.kind, offset: start,
                                      prefixLength: Int64(head.count), prefixHash: SHA256.hex(head),
                                      etag: nil, lastModified: nil)
        try handle.seek(toOffset: UInt64(start))
        let tail = Array(handle.readDataToEndOfFile())
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var cursor = 0
        // Only complete lines are read: a line still being appended waits for the next run.
        while let newline = tail[cursor...].firstIndex(of: 0x0A) {
            let lineOffset = start + Int64(cursor)
            var end = newline
            if end > cursor && tail[end - 1] == 0x0D { end -= 1 }
            let line = Array(tail[cursor..<end])
            cursor = newline + 1
            progress.offset = start + Int64(cursor)
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let item = RecordParser.parse(line, fallbackID: "\(name)@\(lineOffset)", source: path)
            try visit(SourceItem(key: "\(source.spec)#\(item.id)", rawHash: SHA256.hex(line), input: item), progress)
        }
        return Outcome(progress: progress, restarted: restarted)
    }

    private func visitFeed(_ bytes: [UInt8], source: IngestSource, visit: (SourceItem, SourceProgress?) throws -> Void) throws {
        guard let entries = FeedParser.entries(bytes) else { throw SourceError(source.spec, "is not an RSS or Atom feed") }
        for entry in entries {
            var hasher = SHA256()
            hasher.update(entry.title ?? "")
            hasher.update([0])
            hasher.update(entry.content)
            let rawHash = hasher.finalizeHex()
            let id = entry.key ?? "content-\(rawHash.prefix(16))"
            let metadata = DocumentMetadata(title: entry.title, url: entry.link, published: entry.published)
            let document = Document(id: id, source: entry.link ?? source.spec,
                                    input: RawInput(format: .html, bytes: Array(Self.page(for: entry).utf8)), metadata: metadata)
            try visit(SourceItem(key: "\(source.spec)#\(id)", rawHash: rawHash, input: InputItem(document: document)), nil)
        }
    }

    /// The entry's content as a page the decode stage reads like a scraped article.
    private static func page(for entry: FeedEntry) -> String {
        let title = (entry.title ?? "").replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return "<!DOCTYPE html><html><head><title>\(title)</title></head><body><article>\(entry.content)</article></body></html>"
    }

    static func hash(_ input: RawInput) -> String {
        var hasher = SHA256()
        hasher.update(input.format.rawValue)
        hasher.update([0])
        hasher.update(input.bytes)
        return hasher.finalizeHex()
    }
}
