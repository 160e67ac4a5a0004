/// What an element's `class` and `id` say about it: site chrome (comments, share buttons, related
/// links, newsletters, tags, bylines, breadcrumbs, cookie banners...) or article body.
struct ClassHints: Sendable {
    struct Verdict {
        /// Names typical of boilerplate: the element is pruned from the content.
        var boilerplate = false
        /// Names typical of an article body container.
        var body = false
        /// Names that lean either way, as a readability-style weight.
        var weight = 0
    }

    /// Substrings naming boilerplate containers.
    private static let boilerplateParts = [
        "comment", "share", "sharing", "social", "related", "newsletter", "promo", "subscri", "signup", "sign-up",
        "breadcrumb", "cookie", "consent", "gdpr", "sidebar", "widget", "advert", "sponsor", "outbrain",
        "taboola", "recommend", "popular", "trending", "most-read", "mostread", "author-bio", "authorbio",
        "author-info", "byline", "masthead", "pagination", "pager", "disqus", "toolbar", "readmore",
        "read-more", "more-stories", "also-read", "see-also", "banner", "modal", "popup", "overlay", "skip-link",
        "footer", "menu", "navigation", "navbar", "tag-list", "taglist", "tags", "post-meta", "entry-meta",
        "article-meta", "dateline", "timestamp", "caption", "credit", "print", "facebook", "twitter", "whatsapp",
        "linkedin", "pinterest", "follow", "donate", "paywall", "teaser", "carousel", "slideshow",
        "nextprev", "next-prev", "prev-next", "partage", "commentaire", "lire-aussi", "a-lire", "abonne", "inscri",
        "voir-aussi", "reseaux-sociaux", "reseaux_sociaux", "publicite", "encart", "abonnement",
        "newsfeed", "hidden", "rollover", "visually-hidden", "sr-only", "screen-reader", "tooltip", "rating", "feedback",
        "correction-form", "nocontent", "no-content", "ad-slot", "adslot", "ad-container", "ad-wrapper",
        "dfp", "gpt-ad", "playlist", "video-player", "podcast-player",
    ]
    /// Whole words (split on space, `-`, `_`) naming boilerplate.
    private static let boilerplateWords: Set<String> = [
        "ad", "ads", "adv", "nav", "tag", "meta", "hide", "aside", "byline", "share", "author", "date", "time", "related",
        "topics", "keywords", "toc", "pub", "pubs",
    ]
    /// Substrings naming article body containers.
    private static let bodyParts = [
        "articlebody", "article-body", "article__body", "article_body", "entry-content", "entry__content",
        "post-content", "post__content", "post-body", "post_body", "postbody", "story-body", "storybody",
        "story-content", "story__body", "article-content", "article__content", "articlecontent", "article-text",
        "articletext", "body-text", "bodytext", "story-text", "body-copy", "article-copy", "rich-text", "richtext",
        "paywall-content", "content-body", "main-content", "maincontent", "post-entry", "entry-body",
        "texte-article", "article-texte", "contenu-article", "corps-article",
    ]
    /// Words that mark a main container when a class name holds them.
    private static let containerWords = ["article", "body", "content", "main", "column", "entry", "story", "post", "blog", "text"]
    private static let positiveParts = ["article", "body", "content", "entry", "hentry", "main", "post", "story", "text", "blog"]

    /// Class names that tag an element with its taxonomy (WordPress `tag-foo`, `category-bar`),
    /// not with what kind of container it is.
    private static let taxonomyPrefixes = ["tag-", "category-", "categories-", "has-", "format-", "type-", "status-", "author-"]
    /// Names of whole-article containers: never boilerplate whatever else they carry.
    private static let articleNames: Set<String> = ["hentry", "h-entry", "article", "post", "main", "content"]

    private let boilerplatePatterns = Self.boilerplateParts.map { Array($0.utf8) }
    private let bodyPatterns = Self.bodyParts.map { Array($0.utf8) }
    private let containerPatterns = Self.containerWords.map { Array($0.utf8) }
    private let positivePatterns = Self.positiveParts.map { Array($0.utf8) }
    private let taxonomyPatterns = Self.taxonomyPrefixes.map { Array($0.utf8) }
    private let articlePatterns = Set(Self.articleNames.map { Array($0.utf8) })
    private let boilerplateWordPatterns = Set(Self.boilerplateWords.map { Array($0.utf8) })

    /// The verdict for a lower-cased `class id` string.
    func verdict(for hint: String) -> Verdict {
        var verdict = Verdict()
        guard !hint.isEmpty else { return verdict }
        let names = hint.utf8.split(separator: UInt8(ascii: " ")).map(Array.init).filter { name in
            !taxonomyPatterns.contains { name.starts(with: $0) }
        }
        var hasBoilerplate = false
        var hasContent = false
        var positive = false
        for name in names {
            if bodyPatterns.contains(where: { Self.contains(name, $0) }) { verdict.body = true }
            let boilerplate = boilerplatePatterns.contains { Self.contains(name, $0) }
                || name.split { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }.contains { boilerplateWordPatterns.contains(Array($0)) }
            if boilerplate {
                hasBoilerplate = true
            } else if articlePatterns.contains(name) || containerPatterns.contains(where: { Self.contains(name, $0) }) {
                // A name saying "content" or "article" on its own outweighs a boilerplate name beside
                // it ("page-content with-sidebar"), as readability does.
                hasContent = true
            }
            if positivePatterns.contains(where: { Self.contains(name, $0) }) { positive = true }
        }
        verdict.boilerplate = hasBoilerplate && !hasContent
        if verdict.boilerplate { verdict.weight -= 25 }
        if verdict.body {
            verdict.weight += 50
        } else if positive {
            verdict.weight += 25
        }
        return verdict
    }

    /// Byte substring search; class names are short, so a direct scan is fastest.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard count <= haystack.count, let first = needle.first else { return false }
        var index = 0
        while index + count <= haystack.count {
            if haystack[index] == first {
                var offset = 1
                while offset < count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == count { return true }
            }
            index += 1
        }
        return false
    }
}
