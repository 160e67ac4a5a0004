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

    private let boilerplatePatterns: [[UInt8]]
    private let bodyPatterns: [[UInt8]]
    private let containerPatterns: [[UInt8]]
    private let positivePatterns: [[UInt8]]
    private let taxonomyPatterns: [[UInt8]]
    private let articlePatterns: Set<[UInt8]>
    private let boilerplateWordPatterns: Set<[UInt8]>

    /// The hints of `lexicon` (`lexicons/decode/class-hints.tsv`): substrings naming boilerplate
    /// (`boilerplate-part`) or article body containers (`body-part`), whole words (split on space,
    /// `-`, `_`) naming boilerplate (`boilerplate-word`), words marking a main container
    /// (`container-word`) or leaning towards content (`positive-part`), taxonomy class prefixes
    /// that say nothing of the container (`taxonomy-prefix`, WordPress `tag-foo`) and names of
    /// whole-article containers, never boilerplate (`article-name`).
    init(lexicon: DecodeLexicon) {
        func patterns(_ kind: String) -> [[UInt8]] { (lexicon.classHints[kind] ?? []).map { Array($0.utf8) } }
        boilerplatePatterns = patterns("boilerplate-part")
        bodyPatterns = patterns("body-part")
        containerPatterns = patterns("container-word")
        positivePatterns = patterns("positive-part")
        taxonomyPatterns = patterns("taxonomy-prefix")
        articlePatterns = Set(patterns("article-name"))
        boilerplateWordPatterns = Set(patterns("boilerplate-word"))
    }

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
