/// Finds the article body of a page and prunes the boilerplate inside it (docs/decode.md).
///
/// 1. Boilerplate elements are marked: chrome tags (nav, header, footer, aside), forms, figures,
///    hidden elements, class/id hints (comments, share, related, newsletter, tags, byline...) and
///    link lists.
/// 2. Paragraphs of 25 or more characters outside boilerplate score their ancestors (1 + commas +
///    length/100, capped), readability-style; each candidate adds a tag prior and its class/id
///    weight (favourable weight capped by its paragraph score), times 1 − link density.
/// 3. The best candidate climbs to a parent that scores higher, widens over ancestors whose extra
///    text is mostly prose, then takes in siblings that score well or read like paragraphs.
/// 4. Paragraphs inside the chosen elements are kept unless a boilerplate element lies between
///    them and the chosen element, they are mostly links, or a boilerplate line rule matches.
struct ContentExtractor: Sendable {
    let hints: ClassHints
    let lines: BoilerplateLines

    struct Result {
        var paragraphs: [String]
        var removedByRule: [String: Int]
    }

    /// Per-element facts shared by selection and pruning.
    private struct Analysis {
        var verdicts: [ClassHints.Verdict]
        var textLength: [Int]
        var linkLength: [Int]
        /// For each node, the nearest boilerplate element at or above it (-1 when none).
        var nearestBoilerplate: [Int]
        var removedBy: [String?]
    }

    private func analyse(tree: HTMLTree, blocks: [TextBlock], trustHints: Bool) -> Analysis {
        let count = tree.count
        var verdicts = [ClassHints.Verdict](repeating: ClassHints.Verdict(), count: count)
        var verdictCache: [String: ClassHints.Verdict] = [:]
        for index in 0..<count {
            let hint = tree.hints[index]
            if !hint.isEmpty {
                if let cached = verdictCache[hint] {
                    verdicts[index] = cached
                } else {
                    let verdict = hints.verdict(for: hint)
                    verdictCache[hint] = verdict
                    verdicts[index] = verdict
                }
            }
            if tree.flags[index].contains(.articleBody) {
                verdicts[index].body = true
                verdicts[index].weight += 50
            }
        }
        var textLength = [Int](repeating: 0, count: count)
        var linkLength = [Int](repeating: 0, count: count)
        // The longest paragraph in each subtree that is not mostly links.
        var longestProse = [Int](repeating: 0, count: count)
        for block in blocks {
            textLength[block.owner] += block.length
            linkLength[block.owner] += block.linkLength
            if block.linkDensity < 0.3 { longestProse[block.owner] = max(longestProse[block.owner], block.length) }
        }
        for index in stride(from: count - 1, through: 1, by: -1) {
            let parent = Int(tree.parents[index])
            if parent >= 0 {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
                longestProse[parent] = max(longestProse[parent], longestProse[index])
            }
        }
        let pageLength = max(1, textLength[0])
        var nearestBoilerplate = [Int](repeating: -1, count: count)
        var removedBy = [String?](repeating: nil, count: count)
        for index in 0..<count {
            let parent = Int(tree.parents[index])
            nearestBoilerplate[index] = parent >= 0 ? nearestBoilerplate[parent] : -1
            guard !tree.flags[index].contains(.text) else { continue }
            if let rule = boilerplateRule(index, tree: tree, verdict: trustHints ? verdicts[index] : ClassHints.Verdict(), textLength: textLength,
                                          linkLength: linkLength, longestProse: longestProse[index], pageLength: pageLength) {
                nearestBoilerplate[index] = index
                removedBy[index] = rule
            }
        }
        return Analysis(verdicts: verdicts, textLength: textLength, linkLength: linkLength,
                        nearestBoilerplate: nearestBoilerplate, removedBy: removedBy)
    }

    /// Every paragraph of a page that is all article (a fragment), minus boilerplate.
    func prune(tree: HTMLTree, blocks: [TextBlock]) -> Result {
        guard tree.count > 0, !blocks.isEmpty else { return Result(paragraphs: [], removedByRule: [:]) }
        let analysis = analyse(tree: tree, blocks: blocks, trustHints: true)
        return emit(blocks: blocks, roots: [0], tree: tree, analysis: analysis)
    }

    /// The article body of a full page.
    func extract(tree: HTMLTree, blocks: [TextBlock]) -> Result {
        guard tree.count > 0, !blocks.isEmpty else { return Result(paragraphs: [], removedByRule: [:]) }
        let result = select(tree: tree, blocks: blocks, trustHints: true)
        if !result.paragraphs.isEmpty { return result }
        // Class names hid everything (an article inside a "body_overlay"): choose by text alone.
        return select(tree: tree, blocks: blocks, trustHints: false)
    }

    private func select(tree: HTMLTree, blocks: [TextBlock], trustHints: Bool) -> Result {
        let count = tree.count
        let analysis = analyse(tree: tree, blocks: blocks, trustHints: trustHints)
        let verdicts = analysis.verdicts
        let textLength = analysis.textLength
        let linkLength = analysis.linkLength
        let nearestBoilerplate = analysis.nearestBoilerplate

        // Readability-style scores.
        var scores = [Double](repeating: 0, count: count)
        var scored = [Bool](repeating: false, count: count)
        for block in blocks where block.length >= 25 && block.kind != .heading && nearestBoilerplate[block.owner] < 0 {
            let commas = block.text.reduce(0) { $0 + ($1 == "," || $1 == "،" || $1 == "，" ? 1 : 0) }
            let score = 1 + Double(commas) + Double(min(block.length / 100, 3))
            var ancestor = Int(tree.parents[block.owner])
            var level = 0
            while ancestor >= 0 && level < 5 {
                scored[ancestor] = true
                scores[ancestor] += level == 0 ? score : (level == 1 ? score / 2 : score / Double(level * 3))
                ancestor = Int(tree.parents[ancestor])
                level += 1
            }
        }
        var best = -1
        var bestScore = -Double.infinity
        for index in 0..<count where scored[index] && nearestBoilerplate[index] < 0 {
            let density = textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
            // Class and id weights count fully against, but in favour only up to the paragraphs'
            // own score: a name alone must not promote a near-empty element.
            let weight = Double(verdicts[index].weight)
            scores[index] = (scores[index] + Self.tagPrior(tree.names[index]) + min(weight, scores[index])) * (1 - density)
            if scores[index] > bestScore && tree.names[index] != "html" && tree.names[index] != "body" {
                bestScore = scores[index]
                best = index
            }
        }
        guard best >= 0 else { return emit(blocks: blocks, roots: [0], tree: tree, analysis: analysis) }

        // Climb to a parent that scores higher (the body split over several children).
        var top = best
        var lastScore = scores[top]
        let threshold = lastScore / 3
        var parent = Int(tree.parents[top])
        while parent >= 0, tree.names[parent] != "body" {
            if !scored[parent] { parent = Int(tree.parents[parent]); continue }
            if scores[parent] < threshold { break }
            if scores[parent] > lastScore { top = parent; break }
            lastScore = scores[parent]
            parent = Int(tree.parents[parent])
        }
        top = widened(top, tree: tree, blocks: blocks, analysis: analysis)

        // The chosen elements: the top candidate and its siblings that read like content.
        var roots = [top]
        let topParent = Int(tree.parents[top])
        if topParent >= 0 {
            let siblingThreshold = max(10, scores[top] * 0.2)
            var child = topParent + 1
            while child < Int(tree.ends[topParent]) {
                defer { child = Int(tree.ends[child]) }
                guard child != top, !tree.flags[child].contains(.text), nearestBoilerplate[child] < 0 else { continue }
                var bonus = 0.0
                if !tree.hints[top].isEmpty && tree.hints[child] == tree.hints[top] { bonus = scores[top] * 0.2 }
                let density = textLength[child] == 0 ? 1 : Double(linkLength[child]) / Double(textLength[child])
                if scored[child] && scores[child] + bonus >= siblingThreshold {
                    roots.append(child)
                } else if tree.names[child] == "p" {
                    let length = textLength[child]
                    if (length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0) {
                        roots.append(child)
                    }
                }
            }
        }
        roots.sort()

        return emit(blocks: blocks, roots: roots, tree: tree, analysis: analysis)
    }

    /// `top` or an ancestor whose extra text is mostly prose: an article split over several
    /// sections or wrappers is taken whole. Prose is paragraphs of 80 or more characters with
    /// few links; the extra text must be at least three times as much prose as anything else (headings
    /// that are not links count as neither). Widening stops at an `<article>` or `<main>`.
    private func widened(_ top: Int, tree: HTMLTree, blocks: [TextBlock], analysis: Analysis) -> Int {
        var prose = [Int](repeating: 0, count: tree.count)
        var other = [Int](repeating: 0, count: tree.count)
        for block in blocks where analysis.nearestBoilerplate[block.owner] < 0 {
            if block.length >= 80 && block.linkDensity < 0.3 {
                prose[block.owner] += block.length
            } else if block.kind != .heading || block.linkDensity > 0.5 {
                // Headings are article structure unless they are links (teasers of other stories).
                other[block.owner] += block.length
            }
        }
        for index in stride(from: tree.count - 1, through: 1, by: -1) {
            let parent = Int(tree.parents[index])
            if parent >= 0 {
                prose[parent] += prose[index]
                other[parent] += other[index]
            }
        }
        var chosen = top
        var ancestor = Int(tree.parents[top])
        // An <article> or <main> bounds the article: what lies beyond is other stories.
        while ancestor >= 0, !["body", "html"].contains(tree.names[ancestor]),
              !["article", "main"].contains(tree.names[chosen]) {
            let extraProse = prose[ancestor] - prose[chosen]
            let extraOther = other[ancestor] - other[chosen]
            if extraProse == 0 && extraOther > 0 { break }
            if extraProse > 0 && extraProse < 3 * extraOther { break }
            chosen = ancestor
            ancestor = Int(tree.parents[ancestor])
        }
        return chosen
    }

    /// The paragraphs inside `roots` (sorted, disjoint subtrees) that survive pruning.
    private func emit(blocks: [TextBlock], roots: [Int], tree: HTMLTree, analysis: Analysis) -> Result {
        var paragraphs: [String] = []
        var removed: [String: Int] = [:]
        var rootIndex = 0
        for block in blocks {
            while rootIndex < roots.count && Int(tree.ends[roots[rootIndex]]) <= block.owner { rootIndex += 1 }
            guard rootIndex < roots.count, block.owner >= roots[rootIndex] else { continue }
            let boilerplate = analysis.nearestBoilerplate[block.owner]
            if boilerplate >= roots[rootIndex] {
                removed[analysis.removedBy[boilerplate] ?? "boilerplate", default: 0] += 1
                continue
            }
            if block.kind != .heading && (block.linkDensity > 0.8 || (block.linkDensity > 0.5 && block.length < 150 && tree.names[block.owner] != "p")) {
                removed["link-paragraph", default: 0] += 1
                continue
            }
            let clean = TextNormalization.cleanLine(block.text)
            if let rule = lines.rule(matching: clean) {
                removed[rule, default: 0] += 1
                continue
            }
            if !clean.isEmpty { paragraphs.append(clean) }
        }
        return Result(paragraphs: paragraphs, removedByRule: removed)
    }

    /// The rule that makes element `index` boilerplate, or nil.
    private func boilerplateRule(_ index: Int, tree: HTMLTree, verdict: ClassHints.Verdict, textLength: [Int],
                                 linkLength: [Int], longestProse: Int, pageLength: Int) -> String? {
        let name = tree.names[index]
        if name == "html" || name == "body" { return nil }
        // A container holding most of the page is never boilerplate, whatever its name.
        if textLength[index] * 2 > pageLength { return nil }
        if tree.flags[index].contains(.hidden) { return "hidden" }
        if tree.roles[index] == .chrome { return "chrome-\(name)" }
        if name == "form" { return "form" }
        if name == "figcaption" || name == "figure" { return "figure" }
        // Embedded posts (`blockquote.twitter-tweet`) are quoted in the article, not share widgets.
        if verdict.boilerplate && !verdict.body && name != "blockquote" { return "class-hint" }
        if name == "ul" || name == "ol" || name == "dl" || name == "table" || name == "div" || name == "section" {
            let length = textLength[index]
            // Mostly links and no real paragraph: a menu, a list of related stories.
            if length > 0 && Double(linkLength[index]) / Double(length) > 0.6 && longestProse < 150 { return "link-list" }
        }
        return nil
    }

    private static func tagPrior(_ name: String) -> Double {
        switch name {
        case "div", "article", "section", "main": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }
}
