import GlaneurCore

/// Turns a JSONL record `{"id", "url"?, "title"?, "html" | "text", "lang"?}` (or a WordPress REST
/// post, with `content.rendered`) into a document.
public enum RecordParser {
    /// Parses one record line. `fallbackID` names records that carry no `id`.
    public static func parse(_ line: [UInt8], fallbackID: String, source: String) -> InputItem {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return InputItem(id: fallbackID, source: source,
                             failure: DocumentFailure(stage: "read", code: "invalid-record", message: "record is not valid JSON: \(error)"))
        }
        return parse(value, fallbackID: fallbackID, source: source, line: line)
    }

    /// Builds a document from an already parsed record object; `line` is its JSON text, if at hand.
    public static func parse(_ value: JSONValue, fallbackID: String, source: String, line: [UInt8]? = nil) -> InputItem {
        guard case .object = value else {
            return InputItem(id: fallbackID, source: source,
                             failure: DocumentFailure(stage: "read", code: "invalid-record", message: "record is not a JSON object"))
        }
        let id: String
        switch value["id"] {
        case .string(let string)?: id = string
        case .number?: id = value["id"]!.compactDescription
        default: id = fallbackID
        }
        let recordSource = value["source"]?.stringValue ?? value["url"]?.stringValue ?? source
        let metadata = DocumentMetadata(title: value["title"]?.stringValue, url: value["url"]?.stringValue)
        let input: RawInput
        if let html = value["html"]?.stringValue {
            input = RawInput(format: .html, bytes: Array(html.utf8))
        } else if let text = value["text"]?.stringValue {
            input = RawInput(format: .plainText, bytes: Array(text.utf8))
        } else if let line, value["content"]?["rendered"]?.stringValue != nil {
            // A WordPress REST post as a line of a batch.
            input = RawInput(format: .wordpress, bytes: line)
        } else {
            return InputItem(id: id, source: recordSource,
                             failure: DocumentFailure(stage: "read", code: "invalid-record", message: "record has neither an \"html\" nor a \"text\" string"))
        }
        if let reason = FormatSniffer.binaryReason(input.bytes) {
            return InputItem(id: id, source: recordSource, failure: DocumentFailure(stage: "read", code: "binary", message: "the record's content \(reason)"))
        }
        let document = Document(id: id, source: recordSource, input: input, language: value["lang"]?.stringValue, metadata: metadata)
        return InputItem(document: document)
    }
}
