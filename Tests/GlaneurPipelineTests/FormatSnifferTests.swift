import Testing
@testable import GlaneurPipeline

@Suite struct FormatSnifferTests {
    private func sniff(_ text: String, _ fileExtension: String = "") -> SniffedFormat {
        FormatSniffer.sniff(Array(text.utf8), fileExtension: fileExtension)
    }

    @Test func recognisesFormatsByContent() {
        #expect(sniff("<!DOCTYPE html><html><body><p>Bonjour</p></body></html>", "txt") == .html)
        #expect(sniff("  <div class=\"a\"><p>Texte</p></div>") == .html)
        #expect(sniff(#"{"id":1,"title":{"rendered":"T"},"content":{"rendered":"<p>x</p>"}}"#, "txt") == .wordpress)
        #expect(sniff(#"[{"id":1,"content":{"rendered":"<p>x</p>"}}]"#) == .wordpress)
        #expect(sniff("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n") == .jsonLines)
        #expect(sniff(#"{"id":"a","html":"<p>x</p>"}"#, "json") == .jsonRecord)
        #expect(sniff("Un article en texte brut.\n\nDeuxième paragraphe < troisième.") == .text)
    }

    @Test func extensionBreaksTiesOnly() {
        #expect(sniff("Plain words without tags", "html") == .html)
        #expect(sniff(#"{"id":"a","text":"x"}"#, "jsonl") == .jsonLines)
    }

    @Test func rejectsEmptyAndBinaryInput() {
        #expect(sniff("  \n\t ") == .empty)
        #expect(sniff("") == .empty)
        if case .binary = FormatSniffer.sniff([0x41, 0x00, 0x42, 0x43], fileExtension: "txt") {} else {
            Issue.record("NUL bytes not reported as binary")
        }
        if case .binary = FormatSniffer.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], fileExtension: "") {} else {
            Issue.record("PNG not reported as binary")
        }
    }
}
