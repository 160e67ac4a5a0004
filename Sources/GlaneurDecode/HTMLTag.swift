/// How the extractor treats an HTML element.
enum HTMLTagRole: UInt8 {
    /// Never content: scripts, styles, controls, embedded media. Its subtree is dropped.
    case skipped
    /// Site chrome (nav, header, footer, aside): kept in the tree but never content.
    case chrome
    /// Starts and ends a paragraph.
    case block
    /// A heading (also a block).
    case heading
    /// A list item (also a block).
    case listItem
    /// A line break: ends the current paragraph.
    case lineBreak
    /// A hyperlink (inline); its text counts towards link density.
    case link
    /// Any other inline element.
    case inline
}

/// Element names the extractor knows, with their role.
enum HTMLTag {
    static let roles: [String: HTMLTagRole] = {
        var roles: [String: HTMLTagRole] = [:]
        for name in ["script", "style", "noscript", "template", "svg", "math", "iframe", "button", "select", "textarea",
                     "input", "option", "canvas", "object", "embed", "audio", "video", "map", "title",
                     "label", "dialog", "menu", "picture", "source"] {
            roles[name] = .skipped
        }
        // <head> is walked for its metadata elements but never holds content.
        for name in ["nav", "header", "footer", "aside", "head"] { roles[name] = .chrome }
        for name in ["p", "div", "section", "article", "main", "ul", "ol", "blockquote", "pre", "table", "tr",
                     "td", "th", "dd", "dt", "dl", "figure", "figcaption", "hr", "body", "html", "address",
                     "center", "details", "summary", "caption", "form", "fieldset", "tbody", "thead", "tfoot"] {
            roles[name] = .block
        }
        for name in ["h1", "h2", "h3", "h4", "h5", "h6"] { roles[name] = .heading }
        roles["li"] = .listItem
        roles["br"] = .lineBreak
        roles["a"] = .link
        return roles
    }()

    static func role(of name: String) -> HTMLTagRole {
        roles[name] ?? .inline
    }
}
