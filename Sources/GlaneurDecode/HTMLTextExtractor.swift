import Foundation
import CGlaneurXML
import GlaneurCore

/// Walks a libxml2 HTML tree into paragraphs: block elements, `<br>`, list items, headings and
/// table cells end a paragraph; non-content elements are skipped. Iterative, so deep nesting is safe.
enum HTMLTextExtractor {
    struct Page {
        var title: String?
        var paragraphs: [String]
    }

    static let skipped: Set<String> = ["script", "style", "noscript", "template", "form", "nav", "header", "footer",
                                       "aside", "button", "select", "textarea", "svg", "iframe", "head", "title"]
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4",
                                      "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl",
                                      "figure", "figcaption", "br", "hr", "body", "html"]

    static func extract(_ html: String) -> Page {
        var utf8 = Array(html.utf8)
        guard !utf8.isEmpty, let document = utf8.withUnsafeMutableBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { gl_html_parse($0, buffer.count) }
        }) else { return Page(title: nil, paragraphs: []) }
        defer { gl_html_free(document) }
        var paragraphs: [String] = []
        var current = ""
        var title: String?
        func endParagraph() {
            let collapsed = collapseSpaces(current)
            if !collapsed.isEmpty { paragraphs.append(collapsed) }
            current = ""
        }
        var node = gl_html_root(document)
        while let here = node {
            let kind = gl_node_kind(here)
            var descend = false
            if kind == Int32(GL_NODE_ELEMENT) {
                let name = String(cString: gl_node_name(here))
                if name == "title", title == nil, let child = gl_node_first_child(here), let text = gl_node_text(child) {
                    title = collapseSpaces(String(cString: text))
                }
                if !skipped.contains(name) && !isHidden(here) {
                    if blocks.contains(name) { endParagraph() }
                    descend = true
                }
            } else if kind == Int32(GL_NODE_TEXT) || kind == Int32(GL_NODE_CDATA), let text = gl_node_text(here) {
                current += String(cString: text)
            }
            if descend, let child = gl_node_first_child(here) {
                node = child
                continue
            }
            // Climb until a sibling exists, closing blocks on the way up.
            var climbing: UnsafeRawPointer? = here
            node = nil
            while let up = climbing {
                if gl_node_kind(up) == Int32(GL_NODE_ELEMENT), blocks.contains(String(cString: gl_node_name(up))) { endParagraph() }
                if let sibling = gl_node_next_sibling(up) { node = sibling; break }
                climbing = gl_node_parent(up)
            }
        }
        endParagraph()
        return Page(title: title, paragraphs: paragraphs)
    }

    /// Text of an HTML fragment on one line (for titles).
    static func plainText(_ html: String) -> String {
        extract("<p>" + html + "</p>").paragraphs.joined(separator: " ")
    }

    private static func isHidden(_ node: UnsafeRawPointer) -> Bool {
        var attribute = gl_node_first_attribute(node)
        while let here = attribute {
            let name = String(cString: gl_attribute_name(here))
            if name == "hidden" { return true }
            if name == "aria-hidden", String(cString: gl_attribute_value(here)) == "true" { return true }
            if name == "style" {
                let style = String(cString: gl_attribute_value(here)).lowercased().replacingOccurrences(of: " ", with: "")
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            }
            attribute = gl_attribute_next(here)
        }
        return false
    }

    static func collapseSpaces(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
