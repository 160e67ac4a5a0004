import Foundation
import CGlaneurICU
import GlaneurCore

/// Byte-level decoding and text normalisation shared by every input format.
enum TextDecoding {
    /// The bytes as a String, or an error naming the first invalid UTF-8 sequence.
    static func utf8String(_ bytes: [UInt8]) throws -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let offset = firstInvalidUTF8(body) {
            throw StageError(code: "invalid-utf8", message: "invalid UTF-8 at byte \(offset)")
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// NFC, LF line ends.
    static func normalized(_ text: String) -> String {
        var result = text
        if result.utf8.contains(0x0D) {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return nfc(result)
    }

    static func nfc(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        var length: Int64 = 0
        var failed: Int32 = 0
        guard let normalized = utf8.withUnsafeMutableBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                gl_nfc($0, Int64(buffer.count), &length, &failed)
            }
        }) else { return text }
        defer { gl_free(normalized) }
        utf8 = Array(UnsafeRawBufferPointer(start: normalized, count: Int(length)))
        return String(decoding: utf8, as: UTF8.self)
    }
}
