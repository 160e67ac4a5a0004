import CGlaneurICU
import Foundation
import GlaneurCore

/// Turns raw input (scraped text, HTML, WordPress payloads, JSONL text) into clean NFC text with
/// paragraph spans, metadata and a language. See docs/decode.md for what `text` keeps.
///
/// Options: `languages`, the directory of the language detector's word lists (default
/// `lexicons/core`, one `<lang>/function-words.txt` per language it can recognise) and `lexicons`,
/// the directory of the boilerplate and class-name lists (default `lexicons/decode`).
public struct DecodeStage: Stage {
    public static let stageName = "decode"
    public static let requiredLayers: Set<Layer> = []
    public static let producedLayers: Set<Layer> = [.text, .paragraphs]

    private let html: HTMLArticleExtractor
    private let scraped: ScrapedTextCleaner
    private let detector: LanguageDetector

    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["languages", "lexicons"])
        detector = try LanguageDetector(directory: try options.dataDirectory("languages", default: "lexicons/core"))
        let lexicon = try DecodeLexicon(directory: try options.dataDirectory("lexicons", default: "lexicons/decode"))
        let lines = BoilerplateLines(lexicon: lexicon)
        let entities = HTMLEntities()
        html = HTMLArticleExtractor(entities: entities, content: ContentExtractor(hints: ClassHints(lexicon: lexicon), lines: lines))
        scraped = ScrapedTextCleaner(lines: lines, entities: entities)
    }

    public func process(_ document: inout Document) throws {
        var removed: [String: Int] = [:]
        var paragraphs: [String]
        var declaredLanguage: String?
        switch document.input.format {
        case .plainText:
            // Verbatim: later scorers compare offsets against the input, so only NFC and line ends change.
            let decoded = try CharsetDecoding.decode(document.input.bytes)
            document.warnings += decoded.warnings
            let text = TextDecoding.normalized(decoded.text)
            guard text.contains(where: { !$0.isWhitespace }) else {
                throw StageError(code: "no-text", message: "the text record is empty")
            }
            document.text = text
            document.paragraphs = ParagraphLayout.lineParagraphs(in: text)
            finish(&document, removed: [:], declaredLanguage: nil)
            return
        case .scrapedText:
            let decoded = try CharsetDecoding.decode(document.input.bytes)
            document.warnings += decoded.warnings
            let (text, repaired) = MojibakeRepair.repairLines(TextDecoding.normalized(decoded.text))
            let result = scraped.clean(text)
            paragraphs = result.paragraphs
            removed = result.removedByRule
            if document.metadata.title == nil, let first = paragraphs.first, ScrapedTextCleaner.looksLikeTitle(first) {
                document.metadata.title = first
            }
            if repaired > 0 { removed["mojibake-repaired"] = repaired }
        case .html:
            let decoded = try CharsetDecoding.decode(document.input.bytes)
            document.warnings += decoded.warnings
            let (text, repaired) = MojibakeRepair.repairLines(decoded.text)
            let article = html.page(text)
            document.warnings += article.warnings
            paragraphs = article.paragraphs
            removed = article.removedByRule
            if repaired > 0 { removed["mojibake-repaired"] = repaired }
            if let page = article.metadata {
                document.metadata.title = document.metadata.title ?? page.title
                document.metadata.url = document.metadata.url ?? page.url
                document.metadata.author = document.metadata.author ?? page.author
                document.metadata.published = document.metadata.published ?? page.published
                document.metadata.siteName = document.metadata.siteName ?? page.siteName
                declaredLanguage = page.language
            }
        case .wordpress:
            let post = try WordPressPayload.decode(document.input.bytes)
            if post.truncated { document.warnings.append("wordpress payload truncated; recovered the text read so far") }
            let title = post.title.map(html.inlineText).flatMap { $0.isEmpty ? nil : $0 }
            document.metadata.title = document.metadata.title ?? title
            document.metadata.url = document.metadata.url ?? post.link
            document.metadata.published = document.metadata.published ?? post.date
            let article = html.fragment(post.html)
            document.warnings += article.warnings
            // The headline opens the text, as it does in scraped articles.
            paragraphs = (title.map { [$0] } ?? []) + article.paragraphs
            removed = article.removedByRule
        }
        let layout = ParagraphLayout(paragraphs: paragraphs.map { TextDecoding.nfc($0) })
        guard !layout.text.isEmpty else {
            throw StageError(code: "no-text", message: "no article text found in the \(document.input.format.rawValue) input")
        }
        document.text = layout.text
        document.paragraphs = layout.spans
        finish(&document, removed: removed, declaredLanguage: declaredLanguage)
    }

    /// A page's `<html lang>` unless the text itself clearly reads as another language the
    /// detector knows (`detectable`; templates keep a default `lang` whatever the article's language).
    static func language(declared: String?, detected: String?, detectable: [String]) -> String? {
        guard let declared, declared.count == 2 || declared.count == 3 else { return detected }
        if let detected, detected != declared, detectable.contains(declared) { return detected }
        return declared
    }

    private func finish(_ document: inout Document, removed: [String: Int], declaredLanguage: String?) {
        document.count("bytes_in", document.input.bytes.count, stage: name)
        document.count("bytes_out", document.text.utf8.count, stage: name)
        document.count("paragraphs", document.paragraphs.count, stage: name)
        for (rule, count) in removed { document.count("removed_\(rule)", count, stage: name) }
        let residue = TextResidue.inspect(document.text)
        if residue.markup { document.count("documents_with_markup", stage: name) }
        if residue.mojibake { document.count("documents_with_mojibake", stage: name) }
        if document.language == nil {
            document.language = Self.language(declared: declaredLanguage, detected: detector.detect(document.text),
                                              detectable: detector.languages)
        }
    }
}
