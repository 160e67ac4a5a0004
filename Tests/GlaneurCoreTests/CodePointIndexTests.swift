import Testing
@testable import GlaneurCore

@Suite struct CodePointIndexTests {
    /// Code point offset computed the slow, obvious way.
    private func reference(_ text: String, _ byteOffset: Int) -> Int {
        String(decoding: Array(text.utf8)[..<byteOffset], as: UTF8.self).unicodeScalars.count
    }

    @Test func matchesScalarCountsAtEveryBoundary() {
        let text = String(repeating: "Les États-Unis 🇺🇸 et la Chine — « IA » 890\u{202F}000 puces. ", count: 9)
        let index = CodePointIndex(text)
        var byteOffset = 0
        for scalar in text.unicodeScalars {
            #expect(index.codePointOffset(byteOffset) == reference(text, byteOffset))
            byteOffset += UTF8.width(scalar)
        }
        #expect(index.codePointOffset(text.utf8.count) == text.unicodeScalars.count)
    }

    @Test func handlesTextsWhoseLengthIsAMultipleOfTheStride() {
        let text = String(repeating: "a", count: 128)
        #expect(CodePointIndex(text).codePointOffset(128) == 128)
        #expect(CodePointIndex("").codePointOffset(0) == 0)
    }
}
