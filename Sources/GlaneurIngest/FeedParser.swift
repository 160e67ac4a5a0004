import Foundation
import CGlaneurXML

/// One entry of an RSS or Atom feed.
public struct FeedEntry: Sendable, Equatable {
    /// RSS `guid` or Atom `id`.
    public var guid: String?
    public var link: String?
    public var title: String?
    public var published: String?
    /// The article's HTML: `content:encoded`, Atom `content`, else `description` / `summary`.
    public var content: String

    /// The entry's stable key: its guid, else its link.
    public var key: String? { guid ?? link }
}

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds through libxml2 (behind CGlaneurXML).
public enum FeedParser {
    /// True when `bytes` start like an RSS, RDF or Atom document.
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "<" else { return false }
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
    }

    /// The feed's entries in document order; nil when the bytes are not an RSS or Atom feed.
    public static func entries(_ bytes: [UInt8]) -> [FeedEntry]? {
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { gl_xml_parse($0, buffer.count) }
            }
        }) else { return nil }
        defer { gl_html_free(document) }
        guard let root = gl_html_root(document), let rootName = name(root),
              ["rss", "feed", "RDF"].contains(rootName) else { return nil }
        var result: [FeedEntry] = []
        collectEntries(root, into: &result)
        return result
    }

    private static func collectEntries(_ node: UnsafeRawPointer, into result: inout [FeedEntry]) {
        var child = gl_node_first_child(node)
        while let current = child {
            if gl_node_kind(current) == Int32(GL_NODE_ELEMENT) {
                let elementName = name(current)
                if elementName == "item" || elementName == "entry" {
                    if let entry = entry(current) { result.append(entry) }
                } else {
                    collectEntries(current, into: &result)
                }
            }
            child = gl_node_next_sibling(current)
        }
    }

    private static func entry(_ node: UnsafeRawPointer) -> FeedEntry? {
        var guid: String?, link: String?, title: String?, published: String?
        var full: String?, summary: String?
        var child = gl_node_first_child(node)
        while let current = child {
            defer { child = gl_node_next_sibling(current) }
            guard gl_node_kind(current) == Int32(GL_NODE_ELEMENT), let elementName = name(current) else { continue }
            let value = text(current).trimmingCharacters(in: .whitespacesAndNewlines)
            switch elementName {
            case "guid", "id": guid = guid ?? nonEmpty(value)
            case "link":
                // Atom: <link rel="alternate" href="..."/>; RSS: <link>url</link>.
                let rel = attribute(current, "rel") ?? "alternate"
                if let href = attribute(current, "href") {
                    if rel == "alternate" { link = link ?? nonEmpty(href) }
                } else {
                    link = link ?? nonEmpty(value)
                }
            case "title": title = title ?? nonEmpty(value)
            case "pubDate", "published", "updated", "date": published = published ?? nonEmpty(value)
            case "encoded", "content": full = full ?? nonEmpty(value)
            case "description", "summary": summary = summary ?? nonEmpty(value)
            default: break
            }
        }
        guard let content = full ?? summary else { return nil }
        return FeedEntry(guid: guid, link: link, title: title, published: published, content: content)
    }

    /// The local name (after any namespace prefix libxml2 kept).
    private static func name(_ node: UnsafeRawPointer) -> String? {
        guard let raw = gl_node_name(node) else { return nil }
        let full = String(cString: raw)
        return full.split(separator: ":").last.map(String.init) ?? full
    }

    /// Concatenated text and CDATA below `node`.
    private static func text(_ node: UnsafeRawPointer) -> String {
        var result = ""
        var child = gl_node_first_child(node)
        while let current = child {
            let kind = gl_node_kind(current)
            if kind == Int32(GL_NODE_TEXT) || kind == Int32(GL_NODE_CDATA), let raw = gl_node_text(current) {
                result += String(cString: raw)
            } else if kind == Int32(GL_NODE_ELEMENT) {
                result += text(current)
            }
            child = gl_node_next_sibling(current)
        }
        return result
    }

    private static func attribute(_ node: UnsafeRawPointer, _ wanted: String) -> String? {
        var attribute = gl_node_first_attribute(node)
        while let current = attribute {
            if let raw = gl_attribute_name(current), String(cString: raw) == wanted {
                return String(cString: gl_attribute_value(current))
            }
            attribute = gl_attribute_next(current)
        }
        return nil
    }

    private static func nonEmpty(_ value: String) -> String? {
        value.isEmpty ? nil : value
    }
}
