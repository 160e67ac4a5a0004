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
