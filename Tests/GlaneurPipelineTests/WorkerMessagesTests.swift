import Foundation
import GlaneurCore
import GlaneurReport
import Testing
@testable import GlaneurPipeline

@Suite struct WorkerMessagesTests {
    /// Frames `message`, writes it through a pipe and reads it back.
    private func roundTrip(_ message: WorkerMessage) throws -> WorkerMessage? {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        defer { close(descriptors[0]) }
        #expect(writeFully(descriptors[1], message.framed()) == nil)
        close(descriptors[1])
        return WorkerMessage.read(from: FrameReader(descriptor: descriptors[0]))
    }

    @Test func documentsCrossThePipeWithEveryField() throws {
        var document = Document(id: "d-1", source: "dir/d.html", input: RawInput(format: .html, bytes: [0x3C, 0x70, 0x3E, 0xFF, 0x00]),
                                language: "fr", metadata: DocumentMetadata(title: "Titre", url: nil, author: "A. Auteur"))
        document.warnings = ["payload truncated"]
        guard case .document(let copy)? = try roundTrip(.document(document)) else { Issue.record("no document"); return }
        #expect(copy.id == "d-1" && copy.source == "dir/d.html" && copy.language == "fr")
        #expect(copy.input.format == .html && copy.input.bytes == document.input.bytes)
        #expect(copy.metadata == document.metadata && copy.warnings == ["payload truncated"])
    }

    @Test func resultsKeepRecordAndReportContribution() throws {
        var document = Document(id: "x", text: "Le maire a parlé.", language: "fr")
        document.count("claims.percent", 3, stage: "claims")
        document.timings = [StageTiming(stage: "claims", milliseconds: 0.75)]
        let contribution = DocumentReport(annotated: document, stages: ["claims"])
        let processed = ProcessedDocument(record: Array(#"{"id":"x"}"#.utf8), outcome: .annotated(contribution))
        guard case .result(let copy)? = try roundTrip(.result(processed)) else { Issue.record("no result"); return }
        #expect(copy.record == processed.record)
        guard case .annotated(let copied) = copy.outcome else { Issue.record("not annotated"); return }
        #expect(copied.sections == contribution.sections)
        #expect(copied.inputBytes == contribution.inputBytes)
    }

    @Test func aContributionWithExamplesAndOddBinsAddsUpAsTheOriginal() throws {
        var section = ReportSection(name: "quotes")
        section.count("quotes", 4)
        section.count("said", in: "verbs", 2)
        section.observe(7, in: "lengths")
        section.observe(12, in: "custom", bounds: [1, 10, 100])
        let examples = [
            ReportExample(category: "unattributed", document: "d", start: 3, end: 9, label: "direct", excerpt: "« Non »"),
            ReportExample(category: "failure", document: "d", start: nil, end: nil, label: "read/empty", excerpt: ""),
        ]
        let contribution = DocumentReport(sections: [section], examples: examples, inputBytes: 321)
        let processed = ProcessedDocument(record: [0x7B, 0x7D], outcome: .annotated(contribution))
        guard case .result(let copy)? = try roundTrip(.result(processed)),
              case .annotated(let copied) = copy.outcome else { Issue.record("no annotated result"); return }
        var direct = QualityReport(stages: ["quotes"]), sent = QualityReport(stages: ["quotes"])
        direct.add(contribution)
        sent.add(copied)
        #expect(sent == direct)
        #expect(copied.examples == contribution.examples)
        #expect(copied.sections[0].histograms["custom"]?.bounds == [1, 10, 100])
        #expect(copied.inputBytes == 321)
    }

    @Test func failuresCrossThePipeWithStageCodeAndMessage() throws {
        let failure = DocumentFailure(stage: "decode", code: "binary", message: "the input holds NUL bytes")
        let processed = ProcessedDocument(record: Array("{}".utf8), outcome: .failed(failure))
        guard case .result(let copy)? = try roundTrip(.result(processed)),
              case .failed(let copied) = copy.outcome else { Issue.record("no failed result"); return }
        #expect(copied.stage == "decode" && copied.code == "binary" && copied.message == failure.message)
    }

    @Test func aTruncatedFrameReadsAsTheEndOfTheStream() throws {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        defer { close(descriptors[0]) }
        let frame = WorkerMessage.stage(name: "quotes").framed()
        #expect(writeFully(descriptors[1], Array(frame.dropLast(2))) == nil)
        close(descriptors[1])
        #expect(WorkerMessage.read(from: FrameReader(descriptor: descriptors[0])) == nil)
    }
}
