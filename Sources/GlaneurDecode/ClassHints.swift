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
        "nextprev", "next-prev", "prev-next", "partager", "commentaire", "lire-aussi", "a-lire", "abonne", "inscri",
        "newsfeed", "hidden", "rollover", "visually-hidden", "sr-only", "screen-reader", "tooltip", "rating", "feedback",
        "correction-form", "nocontent", "no-content", "ad-slot", "adslot", "ad-container", "ad-wrapper",
        "dfp", "gpt-ad", "playlist", "video-player", "podcast-player",
    ]
    /// Whole words (split on space, `-`, `_`) naming boilerplate.
    private static let boilerplateWords: Set<Substring> = [
        "ad", "ads", "adv", "nav", "tag", "meta", "hide", "aside", "byline", "share", "author", "date", "time", "related",
        "topics", "keywords", "toc",
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
    private static let articleNames: Set<Substring> = ["hentry", "h-entry", "article", "post", "main", "content"]

    /// The verdict for a lower-cased `class id` string.
    func verdict(for hint: String) -> Verdict {
        var verdict = Verdict()
        guard !hint.isEmpty else { return verdict }
        let names = hint.split(separator: " ").filter { name in !Self.taxonomyPrefixes.contains { name.hasPrefix($0) } }
        verdict.body = names.contains { name in Self.bodyParts.contains { name.contains($0) } }
        let boilerplateNames = names.filter { name in
            Self.boilerplateParts.contains { name.contains($0) }
                || name.split { $0 == "-" || $0 == "_" }.contains { Self.boilerplateWords.contains($0) }
        }
        // A name saying "content" or "article" on its own outweighs a boilerplate name beside it
        // ("page-content with-sidebar"), as readability does.
        let contentNames = names.filter { name in
            !boilerplateNames.contains(name) && (Self.articleNames.contains(name) || Self.containerWords.contains { name.contains($0) })
        }
        verdict.boilerplate = !boilerplateNames.isEmpty && contentNames.isEmpty
        if verdict.boilerplate { verdict.weight -= 25 }
        if verdict.body {
            verdict.weight += 50
        } else if names.contains(where: { name in Self.positiveParts.contains { name.contains($0) } }) {
            verdict.weight += 25
        }
        return verdict
    }
}
