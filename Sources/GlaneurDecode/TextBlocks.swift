/// A paragraph of an HTML page before selection: its text and the block element that holds it.
struct TextBlock {
    enum Kind { case paragraph, heading, listItem }

    var text: String
    /// Innermost block-level element open when the text was read.
    var owner: Int
    var kind: Kind
    /// Non-space bytes of the text, and of the part inside links.
    var length: Int
    var linkLength: Int

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}

/// Cuts a flattened page into paragraphs: block elements, headings, list items, table cells and
/// `<br>` end one; hidden subtrees are skipped.
enum TextBlocks {
    static func blocks(of tree: HTMLTree, hints: ClassHints, blankLinesBreak: Bool = false) -> [TextBlock] {
        var inlineVerdicts: [String: Bool] = [:]
        var blocks: [TextBlock] = []
        var open: [Int] = []
        var openBlocks: [Int] = []
        var linkDepth = 0
        var text: [UInt8] = []
        var length = 0
        var linkLength = 0
        var kind = TextBlock.Kind.paragraph

        func flush() {
            if length > 0, let owner = openBlocks.last {
                blocks.append(TextBlock(text: String(decoding: text, as: UTF8.self), owner: owner, kind: kind,
                                        length: length, linkLength: linkLength))
            }
            text.removeAll(keepingCapacity: true)
            length = 0
            linkLength = 0
            kind = .paragraph
        }

        var index = 0
        while index < tree.count {
            while let top = open.last, tree.ends[top] <= index {
                open.removeLast()
                switch tree.roles[top] {
                case .link: linkDepth -= 1
                case .block, .heading, .listItem, .chrome:
                    flush()
                    openBlocks.removeLast()
                default: break
                }
            }
            let flags = tree.flags[index]
            if flags.contains(.text) {
                let range = tree.textRanges[index]
                let bytes = tree.textBytes[Int(range.lowerBound)..<Int(range.upperBound)]
                let segments = blankLinesBreak ? paragraphs(of: bytes) : [bytes]
                for (number, segment) in segments.enumerated() {
                    if number > 0 { flush() }
                    let nonSpace = segment.reduce(0) { $0 + (isSpace($1) ? 0 : 1) }
                    text.append(contentsOf: segment)
                    length += nonSpace
                    if linkDepth > 0 { linkLength += nonSpace }
                }
                index += 1
                continue
            }
            if flags.contains(.hidden) {
                index = Int(tree.ends[index])
                continue
            }
            let role = tree.roles[index]
            // Inline boilerplate (a tooltip or share widget inside a sentence) is left out of the text.
            if role == .inline || role == .link, !tree.hints[index].isEmpty {
                let hint = tree.hints[index]
                let boilerplate = inlineVerdicts[hint] ?? {
                    let verdict = hints.verdict(for: hint)
                    return verdict.boilerplate && !verdict.body
                }()
                inlineVerdicts[hint] = boilerplate
                if boilerplate {
                    index = Int(tree.ends[index])
                    continue
                }
            }
            switch role {
            case .lineBreak:
                flush()
            case .link:
                linkDepth += 1
                open.append(index)
            case .block, .heading, .listItem, .chrome:
                flush()
                open.append(index)
                openBlocks.append(index)
                if role == .heading { kind = .heading } else if role == .listItem { kind = .listItem }
            default:
                open.append(index)
            }
            index += 1
        }
        while let top = open.popLast() {
            if tree.roles[top] != .link && tree.roles[top] != .inline && tree.roles[top] != .lineBreak {
                flush()
                openBlocks.removeLast()
            }
        }
        flush()
        return blocks
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// `bytes` cut at blank lines (two line feeds with only spaces between).
    private static func paragraphs(of bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var newlines = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A {
                newlines += 1
                if newlines == 2 {
                    result.append(bytes[start..<index])
                    start = index
                }
            } else if !isSpace(byte) {
                newlines = 0
            }
            index += 1
        }
        result.append(bytes[start..<bytes.endIndex])
        return result
    }
}
