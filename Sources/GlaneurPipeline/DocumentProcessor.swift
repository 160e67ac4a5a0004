import GlaneurCore
import GlaneurReport

/// A document's encoded record and what the report needs of it (not the document itself).
public struct ProcessedDocument: Sendable {
    public enum Outcome: Sendable {
        /// What the document adds to the report, computed where it was annotated.
        case annotated(DocumentReport)
        case failed(DocumentFailure)
    }

    public var record: [UInt8]
    public var outcome: Outcome

    public init(record: [UInt8], outcome: Outcome) {
        self.record = record
        self.outcome = outcome
    }
}

/// Turns a read document into its record: in this process, or in supervised worker processes.
public protocol DocumentProcessor: Sendable {
    /// Runs the pipeline on `document` and encodes the result; never traps on the caller's side
    /// when the processor isolates documents.
    func process(_ document: Document) -> ProcessedDocument
    /// Releases workers; called once the batch is over.
    func shutDown()
}

/// Runs the pipeline on the calling thread: fastest, but a trap in a stage ends the whole process.
public struct InProcessProcessor: DocumentProcessor {
    public let pipeline: Pipeline
    public let encoder: RecordEncoder
    private let stageNames: [String]

    public init(pipeline: Pipeline, encoder: RecordEncoder) {
        self.pipeline = pipeline
        self.encoder = encoder
        stageNames = pipeline.stages.map(\.name)
    }

    public func process(_ document: Document) -> ProcessedDocument {
        process(document, stageWillStart: nil)
    }

    /// Processes `document`, calling `stageWillStart` with each stage's index before it runs.
    func process(_ document: Document, stageWillStart: ((Int) -> Void)?) -> ProcessedDocument {
        switch pipeline.process(document, stageWillStart: stageWillStart) {
        case .success(let annotated):
            return ProcessedDocument(record: encoder.encode(annotated),
                                     outcome: .annotated(RunReport.contribution(of: annotated, stages: stageNames)))
        case .failure(let failure):
            return ProcessedDocument(record: encoder.encodeFailure(id: document.id, source: document.source, failure: failure),
                                     outcome: .failed(failure))
        }
    }

    public func shutDown() {}
}
