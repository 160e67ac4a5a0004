import Foundation
import CGlaneurXML
import GlaneurCore

/// A parsed HTML page flattened in document order: elements and text nodes as parallel arrays,
/// each node knowing its parent and where its subtree ends. Built by an iterative walk of the
/// libxml2 tree, so deep nesting costs no stack; scripts, styles and controls are left out.
struct HTMLTree {
    /// Element name ("" for text nodes).
    private(set) var names: [String] = []
    private(set) var roles: [HTMLTagRole] = []
    /// Index of the parent element, -1 for the root.
    private(set) var parents: [Int32] = []
    /// Index one past the node's last descendant.
    private(set) var ends: [Int32] = []
    /// `class` and `id` attributes, lower-cased and joined by a space ("" when absent).
    private(set) var hints: [String] = []
    private(set) var flags: [NodeFlags] = []
    /// UTF-8 text of text nodes (entities decoded), as ranges into `textBytes`.
    private(set) var textRanges: [Range<Int32>] = []
    private(set) var textBytes: [UInt8] = []
    /// What the page says about itself in `<head>`, JSON-LD and `<html lang>`.
    private(set) var head = PageHead()

    struct NodeFlags: OptionSet {
        let rawValue: UInt8
        static let text = NodeFlags(rawValue: 1)
        static let hidden = NodeFlags(rawValue: 2)
        /// `itemprop="articleBody"` or `itemprop="text"`.
        static let articleBody = NodeFlags(rawValue: 4)
    }

    /// Facts gathered from metadata elements while walking.
    struct PageHead {
        /// `<meta>` contents keyed by lower-cased `property`, `name` or `itemprop` (first wins).
        var meta: [String: String] = [:]
        var title: String?
        var canonicalURL: String?
        var language: String?
        /// Bodies of `<script type="application/ld+json">`.
        var jsonLD: [String] = []
        /// `datetime` of the first `<time>` element.
        var firstTime: String?
    }

    var count: Int { names.count }

    /// Parses UTF-8 HTML; nil when libxml2 finds no root element.
    init?(html: [UInt8], entities: HTMLEntities) {
        guard let tree = html.withUnsafeBufferPointer({ HTMLTree(html: $0, entities: entities) }) else { return nil }
        self = tree
    }

    /// Parses UTF-8 HTML in place; nil when libxml2 finds no root element.
    init?(html: UnsafeBufferPointer<UInt8>, entities: HTMLEntities) {
        // Parsed in place: a page is not copied before libxml2 reads it.
        guard let base = html.baseAddress, !html.isEmpty,
              let document = base.withMemoryRebound(to: CChar.self, capacity: html.count, { gl_html_parse($0, html.count) })
        else { return nil }
        defer { gl_html_free(document) }
        guard let root = gl_html_root(document) else { return nil }
        // Text never outgrows the page: one reservation, no copies while growing (the pages not
        // written to are never touched, so they cost no memory).
        textBytes.reserveCapacity(html.count)
        var builder = Builder(entities: entities)
        builder.walk(from: root, into: &self)
    }

    /// The walk's per-document caches (libxml2 interns names, so pointers repeat).
    private struct Builder {
        let entities: HTMLEntities
        var elementNames: [UnsafePointer<CChar>: (String, HTMLTagRole)] = [:]
        var attributeNames: [UnsafePointer<CChar>: String] = [:]

        init(entities: HTMLEntities) { self.entities = entities }

        mutating func element(_ pointer: UnsafePointer<CChar>) -> (String, HTMLTagRole) {
            if let known = elementNames[pointer] { return known }
            let name = String(cString: pointer)
            let entry = (name, HTMLTag.role(of: name))
            elementNames[pointer] = entry
            return entry
        }

        mutating func attributeName(_ pointer: UnsafePointer<CChar>) -> String {
            if let known = attributeNames[pointer] { return known }
            let name = String(cString: pointer).lowercased()
            attributeNames[pointer] = name
            return name
        }

        mutating func walk(from root: UnsafeRawPointer, into tree: inout HTMLTree) {
            var open: [Int32] = []
            var node: UnsafeRawPointer? = root
            while let here = node {
                var descend = false
                let kind = gl_node_kind(here)
                if kind == Int32(GL_NODE_ELEMENT), let namePointer = gl_node_name(here) {
                    let (name, role) = element(namePointer)
                    let attributes = readAttributes(here)
                    collectHead(name: name, node: here, attributes: attributes, tree: &tree)
                    if role != .skipped {
                        var flags: NodeFlags = attributes.hidden ? [.hidden] : []
                        if attributes.articleBody { flags.insert(.articleBody) }
                        tree.names.append(name)
                        tree.roles.append(role)
                        tree.parents.append(open.last ?? -1)
                        tree.ends.append(0)
                        tree.hints.append(attributes.hint)
                        tree.flags.append(flags)
                        tree.textRanges.append(0..<0)
                        open.append(Int32(tree.names.count - 1))
                        descend = true
                    }
                } else if kind == Int32(GL_NODE_TEXT) || kind == Int32(GL_NODE_CDATA), let text = gl_node_text(here) {
                    appendText(text, to: &tree, parent: open.last ?? -1)
                }
                if descend, let child = gl_node_first_child(here) {
                    node = child
                    continue
                }
                if descend, let index = open.popLast() { tree.ends[Int(index)] = Int32(tree.names.count) }
                // Climb until a sibling exists, closing the elements left on the way up.
                var climbing: UnsafeRawPointer? = here
                node = nil
                while let up = climbing {
                    if let sibling = gl_node_next_sibling(up) { node = sibling; break }
                    guard let parent = gl_node_parent(up) else { break }
                    if let name = gl_node_name(parent), element(name).1 != .skipped, let index = open.popLast() {
                        tree.ends[Int(index)] = Int32(tree.names.count)
                    }
                    climbing = parent
                }
            }
            while let index = open.popLast() { tree.ends[Int(index)] = Int32(tree.names.count) }
        }

        private mutating func appendText(_ text: UnsafePointer<CChar>, to tree: inout HTMLTree, parent: Int32) {
            let start = Int32(tree.textBytes.count)
            let length = strlen(text)
            text.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
                let buffer = UnsafeBufferPointer(start: bytes, count: length)
                if buffer.contains(UInt8(ascii: "&")) {
                    tree.textBytes.append(contentsOf: entities.decode(String(decoding: buffer, as: UTF8.self)).utf8)
                } else {
                    tree.textBytes.append(contentsOf: buffer)
                }
            }
            tree.names.append("")
            tree.roles.append(.inline)
            tree.parents.append(parent)
            tree.ends.append(Int32(tree.names.count))
            tree.hints.append("")
            tree.flags.append(.text)
            tree.textRanges.append(start..<Int32(tree.textBytes.count))
        }

        struct Attributes {
            var hint = ""
            var hidden = false
            var articleBody = false
            var values: [(String, String)] = []
        }

        private mutating func readAttributes(_ node: UnsafeRawPointer) -> Attributes {
            var result = Attributes()
            var attribute = gl_node_first_attribute(node)
            while let here = attribute {
                attribute = gl_attribute_next(here)
                guard let namePointer = gl_attribute_name(here), let valuePointer = gl_attribute_value(here) else { continue }
                let name = attributeName(namePointer)
                switch name {
                case "class", "id":
                    let value = String(cString: valuePointer).lowercased()
                    result.hint = result.hint.isEmpty ? value : result.hint + " " + value
                case "hidden":
                    result.hidden = true
                case "aria-hidden":
                    if String(cString: valuePointer) == "true" { result.hidden = true }
                case "style":
                    let style = String(cString: valuePointer).lowercased().filter { $0 != " " }
                    if style.contains("display:none") || style.contains("visibility:hidden") { result.hidden = true }
                case "itemprop":
                    let value = String(cString: valuePointer)
                    if value == "articleBody" || value == "articlebody" { result.articleBody = true }
                    result.values.append((name, value))
                case "property", "name", "content", "rel", "href", "lang", "type", "datetime":
                    result.values.append((name, String(cString: valuePointer)))
                default:
                    break
                }
            }
            return result
        }

        private func collectHead(name: String, node: UnsafeRawPointer, attributes: Attributes, tree: inout HTMLTree) {
            func value(_ key: String) -> String? { attributes.values.first { $0.0 == key }?.1 }
            switch name {
            case "meta":
                guard let content = value("content") else { return }
                for key in ["property", "name", "itemprop"] {
                    if let label = value(key)?.lowercased(), tree.head.meta[label] == nil { tree.head.meta[label] = content }
                }
            case "link":
                if tree.head.canonicalURL == nil, value("rel")?.lowercased() == "canonical", let href = value("href") {
                    tree.head.canonicalURL = href
                }
            case "title":
                if tree.head.title == nil { tree.head.title = childText(node) }
            case "html":
                if let lang = value("lang"), !lang.isEmpty { tree.head.language = lang }
            case "time":
                if tree.head.firstTime == nil { tree.head.firstTime = value("datetime") }
            case "script":
                if value("type")?.lowercased() == "application/ld+json", let body = childText(node) { tree.head.jsonLD.append(body) }
            default:
                break
            }
        }

        private func childText(_ node: UnsafeRawPointer) -> String? {
            var text = ""
            var child = gl_node_first_child(node)
            while let here = child {
                if let content = gl_node_text(here) { text += String(cString: content) }
                child = gl_node_next_sibling(here)
            }
            return text.isEmpty ? nil : entities.decode(text)
        }
    }
}
