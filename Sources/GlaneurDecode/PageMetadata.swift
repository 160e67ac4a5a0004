import GlaneurCore

/// Article metadata read from a page: Open Graph and other `<meta>` tags, JSON-LD (`NewsArticle`
/// and kin, also inside `@graph`), `<link rel=canonical>`, `<title>`, `<time>` and `<html lang>`.
struct PageMetadata {
    var title: String?
    var author: String?
    var published: String?
    var url: String?
    var siteName: String?
    /// Primary language subtag of `<html lang>` ("fr" for "fr-FR").
    var language: String?
    /// JSON-LD `articleBody`, when the page carries one.
    var articleBody: String?

    init(head: HTMLTree.PageHead, firstHeading: String?) {
        let article = Self.articleObject(in: head.jsonLD)
        let meta = head.meta
        func clean(_ value: String?) -> String? {
            guard let value else { return nil }
            let line = TextNormalization.cleanLine(value)
            return line.isEmpty ? nil : line
        }
        title = clean(meta["og:title"]) ?? clean(article?["headline"]?.stringValue) ?? clean(meta["twitter:title"])
            ?? head.title.flatMap { Self.titleWithoutSiteName(TextNormalization.cleanLine($0)) } ?? clean(firstHeading)
        author = clean(meta["author"]) ?? clean(meta["article:author"]).flatMap { $0.hasPrefix("http") ? nil : $0 }
            ?? Self.name(article?["author"]) ?? clean(meta["byl"]) ?? clean(meta["parsely-author"])
        published = clean(meta["article:published_time"]) ?? clean(article?["datePublished"]?.stringValue)
            ?? clean(meta["date"]) ?? clean(meta["pubdate"]) ?? clean(meta["publish-date"]) ?? clean(meta["dc.date"])
            ?? clean(meta["datepublished"]) ?? clean(head.firstTime)
        url = clean(head.canonicalURL) ?? clean(meta["og:url"]) ?? clean(article?["url"]?.stringValue)
        siteName = clean(meta["og:site_name"]) ?? Self.name(article?["publisher"]) ?? clean(meta["application-name"])
        if let lang = head.language?.split(whereSeparator: { $0 == "-" || $0 == "_" }).first, !lang.isEmpty {
            language = lang.lowercased()
        }
        articleBody = article?["articleBody"]?.stringValue
    }

    /// `<title>` without the site name that sites append or prepend ("Headline | Site", "Site - Headline").
    static func titleWithoutSiteName(_ title: String) -> String? {
        guard !title.isEmpty else { return nil }
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " • "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            return parts.max { $0.count < $1.count }
        }
        return title
    }

    private static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "Report", "LiveBlogPosting", "TechArticle", "ScholarlyArticle",
        "WebPage",
    ]

    /// The first JSON-LD object typed as an article (a web page only when no article exists).
    private static func articleObject(in scripts: [String]) -> JSONValue? {
        var fallback: JSONValue?
        for script in scripts {
            guard let recovered = JSONParser.recover(Array(script.utf8)) else { continue }
            var pending = [recovered.value]
            while let value = pending.popLast() {
                switch value {
                case .array(let items):
                    pending.append(contentsOf: items.reversed())
                case .object(let members):
                    let types: [String]
                    switch members["@type"] {
                    case .string(let type): types = [type]
                    case .array(let list): types = list.compactMap(\.stringValue)
                    default: types = []
                    }
                    if types.contains(where: { articleTypes.contains($0) && $0 != "WebPage" }) { return value }
                    if types.contains("WebPage"), fallback == nil { fallback = value }
                    if let graph = members["@graph"] { pending.append(graph) }
                default:
                    break
                }
            }
        }
        return fallback
    }

    /// A name from a JSON-LD person or organisation (or a list of them, joined with ", ").
    private static func name(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let name): return name.isEmpty || name.hasPrefix("http") ? nil : name
        case .object: return value?["name"]?.stringValue
        case .array(let items):
            let names = items.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default: return nil
        }
    }
}
