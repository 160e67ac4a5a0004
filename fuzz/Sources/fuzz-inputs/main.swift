import FuzzSupport
import GlaneurPipeline

// The readers and format sniffer: the first byte picks the file extension, the rest is the file's
// contents (gzip, UTF-16, JSON lines, records, WordPress, HTML, text, binary).
let extensions = ["", "jsonl", "json", "html", "txt", "gz", "ndjson", "xml"]
let reader = InputReader(maximumDocumentSize: 1 << 20)

FuzzSupport.run { bytes in
    guard let selector = bytes.first else { return }
    reader.read(bytes: Array(bytes.dropFirst()), fileExtension: extensions[Int(selector) % extensions.count],
                id: "fuzz", source: "fuzz.\(extensions[Int(selector) % extensions.count])") { item in
        if case .success(let document) = item.document { _ = document.input.bytes.count }
    }
    _ = FormatSniffer.sniff(bytes, fileExtension: "")
}
