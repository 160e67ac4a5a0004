import Foundation
import CGlaneurICU
import GlaneurCore

/// Line-end and NFC normalisation shared by every input format.
enum TextDecoding {
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
