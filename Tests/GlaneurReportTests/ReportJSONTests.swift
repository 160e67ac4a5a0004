import GlaneurCore
import Testing
@testable import GlaneurReport

struct ReportJSONTests {
    private func document(_ id: String, _ text: String) -> Document {
        var document = Document(id: id, text: text, language: "fr")
        document.count("tokens", 3, stage: "tokenize")
        document.timings = [StageTiming(stage: "tokenize", milliseconds: 1.25)]
        return document
    }

    @Test func aReportReadsBackEqualToItself() throws {
        var report = QualityReport(stages: ["tokenize"])
        report.add(DocumentReport(annotated: document("a", "Un deux trois."), stages: ["tokenize"]))
        report.add(DocumentReport(failedDocument: "b", stage: "read", code: "empty", message: "no text"))
        report.run.version = "1.0"
        report.run.inputs = ["corpus"]
        let decoded = try ReportJSON.decode(ReportJSON.encode(report))
        #expect(decoded == report)
        #expect(decoded[section: "documents"]?.breakdowns["outcomes"] == ["annotated": 1, "failed": 1])
        #expect(decoded.examples.all.map(\.category) == ["failure"])
    }

    @Test func otherFormatsAreRefused() {
        #expect(throws: ReportError.self) { try ReportJSON.decode(Array(#"{"format": "glaneur-report/0"}"#.utf8)) }
    }
}

struct EmbeddedReportTests {
    @Test func anIngestBatchReportIsReadThroughItsPipelineMember() throws {
        let report = QualityReport(stages: ["decode"])
        let batch = #"{"batch": "b1", "fingerprint": "f", "items": {"annotated": 0}, "pipeline": "# + String(decoding: ReportJSON.encode(report), as: UTF8.self) + "}"
        #expect(try ReportJSON.decode(Array(batch.utf8)) == report)
    }
}
