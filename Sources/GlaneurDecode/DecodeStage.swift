import CGlaneurICU
import Foundation
import GlaneurCore

/// Turns raw input (scraped text, HTML, WordPress payloads, JSONL text) into clean NFC text with
/// paragraph spans, metadata and a language.
public struct DecodeStage: Stage {
    public let name = "decode"
    public let requires: Set<Layer> = []
    public let produces: Set<Layer> = [.text, .paragraphs]

    public init(options: StageOptions) throws {
        try options.requireKnownKeys([])
    }

    public func process(_ document: inout Document) throws {
        let raw = try TextDecoding.utf8String(document.input.bytes)
        var paragraphs: [String]
        switch document.input.format {
        case .plainText:
            let text = TextDecoding.normalized(raw)
            document.text = text
            document.paragraphs = ParagraphLayout.lineParagraphs(in: text)
            finish(&document)
            return
        case .scrapedText:
            paragraphs = TextDecoding.normalized(raw).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        case .html:
            let page = HTMLTextExtractor.extract(raw)
            paragraphs = page.paragraphs
            if document.metadata.title == nil { document.metadata.title = page.title }
        case .wordpress:
            let post = try WordPressPayload.decode(document.input.bytes)
            if post.truncated { document.warnings.append("wordpress payload truncated; recovered the text read so far") }
            document.metadata.title = document.metadata.title ?? post.title
            document.metadata.url = document.metadata.url ?? post.link
            document.metadata.published = document.metadata.published ?? post.date
            paragraphs = HTMLTextExtractor.extract(post.html).paragraphs
        }
        let layout = ParagraphLayout(paragraphs: paragraphs.map { TextDecoding.normalized($0) })
        guard !layout.text.isEmpty else {
            throw StageError(code: "no-text", message: "no article text found in the \(document.input.format.rawValue) input")
        }
        document.text = layout.text
        document.paragraphs = layout.spans
        finish(&document)
    }

    private func finish(_ document: inout Document) {
        document.count("bytes_in", document.input.bytes.count, stage: name)
        document.count("bytes_out", document.text.utf8.count, stage: name)
        document.count("paragraphs", document.paragraphs.count, stage: name)
        if document.language == nil {
            document.language = LanguageDetector.detect(document.text)
        }
    }
}
