/// A JSON parser for scraped input.
///
/// Beyond strict JSON it accepts raw control characters inside strings (as scraped WordPress
/// payloads carry) and, when asked, input cut off mid-way: open strings, arrays and objects are
/// closed where the data ends so that the text read so far can be recovered.
public struct JSONParser {
    /// A syntax error with the byte offset where it was found.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "\(reason) at byte \(offset)" }
    }

    /// The result of a tolerant parse.
    public struct Recovery: Sendable {
        public var value: JSONValue
        /// True when the data ended (or broke) before the value was complete.
        public var truncated: Bool
    }

    private let bytes: [UInt8]
    private var position = 0
    private let tolerateTruncation: Bool
    private var truncated = false
    private var depth = 0
    private static let maximumDepth = 512

    private init(bytes: [UInt8], tolerateTruncation: Bool) {
        self.bytes = bytes
        self.tolerateTruncation = tolerateTruncation
    }

    /// Parses one complete JSON value; trailing non-space bytes are an error.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var parser = JSONParser(bytes: bytes, tolerateTruncation: false)
        let value = try parser.parseValue()
        parser.skipSpace()
        if parser.position < bytes.count {
            throw SyntaxError(offset: parser.position, reason: "unexpected data after the JSON value")
        }
        return value
    }

    public static func parse(_ text: String) throws -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// Parses as much as the data holds. Returns nil only when no value starts at all.
    public static func recover(_ bytes: [UInt8]) -> Recovery? {
        var parser = JSONParser(bytes: bytes, tolerateTruncation: true)
        guard let value = try? parser.parseValue() else { return nil }
        return Recovery(value: value, truncated: parser.truncated)
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func error(_ reason: String) -> SyntaxError {
        SyntaxError(offset: position, reason: reason)
    }

    /// At the end of the data: an error when strict, a truncation mark when tolerant.
    private mutating func endOfData() throws {
        if !tolerateTruncation { throw error("unexpected end of data") }
        truncated = true
    }

    private mutating func parseValue() throws -> JSONValue {
        skipSpace()
        guard position < bytes.count else { throw error("unexpected end of data") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected character '\(Unicode.Scalar(bytes[position]))'")
        }
    }

    private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws -> JSONValue {
        for byte in word.utf8 {
            guard position < bytes.count else { try endOfData(); return value }
            guard bytes[position] == byte else { throw error("invalid literal") }
            position += 1
        }
        return value
    }

    private mutating func parseNumber() throws -> JSONValue {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                 UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                position += 1
            default:
                return try finishNumber(from: start)
            }
        }
        return try finishNumber(from: start)
    }

    private func finishNumber(from start: Int) throws -> JSONValue {
        let literal = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let number = Double(literal) else { throw SyntaxError(offset: start, reason: "invalid number '\(literal)'") }
        return .number(number)
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseArray() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var items: [JSONValue] = []
        while true {
            skipSpace()
            guard position < bytes.count else { try endOfData(); return .array(items) }
            if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
            if !items.isEmpty {
                guard bytes[position] == UInt8(ascii: ",") else { throw error("expected ',' or ']'") }
                position += 1
                skipSpace()
                guard position < bytes.count else { try endOfData(); return .array(items) }
            }
            items.append(try parseValue())
            if truncated { return .array(items) }
        }
    }

    private mutating func parseObject() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [String: JSONValue] = [:]
        while true {
            skipSpace()
            guard position < bytes.count else { try endOfData(); return .object(members) }
            if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
            if !members.isEmpty {
                guard bytes[position] == UInt8(ascii: ",") else { throw error("expected ',' or '}'") }
                position += 1
                skipSpace()
                guard position < bytes.count else { try endOfData(); return .object(members) }
            }
            guard bytes[position] == UInt8(ascii: "\"") else { throw error("expected a member name") }
            let key = try parseString()
            if truncated { return .object(members) }
            skipSpace()
            guard position < bytes.count else { try endOfData(); return .object(members) }
            guard bytes[position] == UInt8(ascii: ":") else { throw error("expected ':'") }
            position += 1
            skipSpace()
            guard position < bytes.count else { try endOfData(); return .object(members) }
            members[key] = try parseValue()
            if truncated { return .object(members) }
        }
    }

    private mutating func parseString() throws -> String {
        position += 1
        var buffer: [UInt8] = []
        var runStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                buffer.append(contentsOf: bytes[runStart..<position])
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                buffer.append(contentsOf: bytes[runStart..<position])
                guard position + 1 < bytes.count else { position = bytes.count; break }
                let escaped = bytes[position + 1]
                position += 2
                switch escaped {
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "u"):
                    guard let scalar = try parseUnicodeEscape() else { break }
                    buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: buffer.append(escaped) // \" \\ \/ and lenient unknown escapes
                }
                runStart = position
                continue
            }
            position += 1 // raw control characters are accepted: scraped payloads carry them
        }
        buffer.append(contentsOf: bytes[runStart..<min(position, bytes.count)])
        try endOfData()
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Reads the hex digits after `\u` (and a low surrogate escape when needed). Nil at end of data.
    private mutating func parseUnicodeEscape() throws -> Unicode.Scalar? {
        guard let high = readHex4() else {
            if position >= bytes.count - 3 { position = bytes.count; return nil }
            throw error("invalid \\u escape")
        }
        if (0xD800...0xDBFF).contains(high) {
            if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                let save = position
                position += 2
                if let low = readHex4(), (0xDC00...0xDFFF).contains(low) {
                    return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                }
                position = save
            }
            return Unicode.Scalar(0xFFFD)
        }
        if (0xDC00...0xDFFF).contains(high) { return Unicode.Scalar(0xFFFD) }
        return Unicode.Scalar(high)
    }

    private mutating func readHex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[position + offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        position += 4
        return value
    }
}
