/// Extracts an article from a whole HTML page (main content, metadata) or from an HTML fragment
/// that is already the article body (a WordPress `content.rendered`).
struct HTMLArticleExtractor: Sendable {
    let entities: HTMLEntities
    let content: ContentExtractor

    /// Pages are cut at this size before parsing (libxml2 recovers from the cut).
    static let maximumBytes = 64 << 20

    struct Article {
        var paragraphs: [String] = []
        var metadata: PageMetadata?
        var removedByRule: [String: Int] = [:]
        var warnings: [String] = []
    }

    /// The main content of a full page.
    func page(_ html: String) -> Article {
        var article = Article()
        guard let tree = parse(html, warnings: &article.warnings) else { return article }
        let blocks = TextBlocks.blocks(of: tree, hints: content.hints)
        let firstHeading = blocks.first { $0.kind == .heading && tree.names[$0.owner] == "h1" }?.text
        let metadata = PageMetadata(head: tree.head, firstHeading: firstHeading)
        article.metadata = metadata
        let result = content.extract(tree: tree, blocks: blocks)
        article.paragraphs = result.paragraphs
        article.removedByRule = result.removedByRule
        // The headline belongs to the metadata, not to the body text.
        if let first = article.paragraphs.first, let title = metadata.title, Self.isHeadline(first, title: title) {
            article.paragraphs.removeFirst()
            article.removedByRule["headline", default: 0] += 1
        }
        if let body = metadata.articleBody.map(entities.decode) {
            let extractedLength = result.paragraphs.reduce(0) { $0 + $1.count }
            // A JSON-LD body much longer than the extraction means the extraction missed the article.
            if body.count > 500 && Double(body.count) > 1.6 * Double(extractedLength) {
                article.paragraphs = body.split(separator: "\n").map { TextNormalization.cleanLine(String($0)) }.filter { !$0.isEmpty }
                article.removedByRule["json-ld-body-used", default: 0] += 1
            }
        }
        return article
    }

    /// Every paragraph of an article-body fragment, with boilerplate elements and lines removed.
    /// Blank lines in text count as paragraph breaks (fragments whose tags were stripped).
    func fragment(_ html: String) -> Article {
        var article = Article()
        guard let tree = parse("<html><body>" + html + "</body></html>", warnings: &article.warnings) else { return article }
        let blocks = TextBlocks.blocks(of: tree, hints: content.hints, blankLinesBreak: true)
        let result = content.prune(tree: tree, blocks: blocks)
        article.paragraphs = result.paragraphs
        article.removedByRule = result.removedByRule
        return article
    }

    /// Plain text of a small HTML fragment, on one line (titles).
    func inlineText(_ html: String) -> String {
        var warnings: [String] = []
        guard let tree = parse("<p>" + html + "</p>", warnings: &warnings) else { return "" }
        return TextNormalization.cleanLine(TextBlocks.blocks(of: tree, hints: content.hints).map(\.text).joined(separator: " "))
    }

    /// True when `paragraph` repeats the page title (whole, or as the title's longest part).
    static func isHeadline(_ paragraph: String, title: String) -> Bool {
        let line = BoilerplateLines.fold(paragraph)
        let folded = BoilerplateLines.fold(title)
        guard line.count >= 10 else { return false }
        return line == folded || (folded.contains(line) && line.count * 2 >= folded.count)
    }

    private func parse(_ html: String, warnings: inout [String]) -> HTMLTree? {
        var html = html
        let count = html.utf8.count
        if count > Self.maximumBytes {
            warnings.append("page of \(count) bytes cut to \(Self.maximumBytes) before parsing")
        }
        // The string's own UTF-8 storage is parsed, not a copy of it.
        return html.withUTF8 { HTMLTree(html: UnsafeBufferPointer(rebasing: $0.prefix(Self.maximumBytes)), entities: entities) }
    }
}
