import Foundation
import GlaneurCore
import GlaneurPipeline
import GlaneurReport

/// A batch item after the pipeline: its encoded record and what de-duplication needs.
enum AnnotatedItem {
    case annotated(record: [UInt8], digest: RecordDigest?, contribution: DocumentReport)
    case failed(record: [UInt8], failure: DocumentFailure)
}

/// Runs a batch's documents through a `DocumentProcessor` (supervised worker processes, or the
/// pipeline in this process) on `jobs` threads; results come back in input order. The processor
/// is made on the first batch.
final class BatchAnnotator {
    let encoder: RecordEncoder
    let jobs: Int
    private let makeProcessor: () throws -> any DocumentProcessor
    private var processor: (any DocumentProcessor)?

    init(encoder: RecordEncoder, jobs: Int, makeProcessor: @escaping () throws -> any DocumentProcessor) {
        self.encoder = encoder
        self.jobs = jobs
        self.makeProcessor = makeProcessor
    }

    /// Throws `IngestError.annotator` when the processor cannot be made.
    func annotate(_ inputs: [InputItem]) throws -> [AnnotatedItem] {
        let processor: any DocumentProcessor
        if let made = self.processor {
            processor = made
        } else {
            do {
                processor = try makeProcessor()
            } catch {
                throw IngestError.annotator(error)
            }
            self.processor = processor
        }
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var next = 0
            var items: [AnnotatedItem?]
            init(count: Int) { items = Array(repeating: nil, count: count) }

            func claim() -> Int { lock.withLock { defer { next += 1 }; return next } }
            func store(_ item: AnnotatedItem, at index: Int) { lock.withLock { items[index] = item } }
        }
        let results = Results(count: inputs.count)
        let encoder = self.encoder
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, inputs.count))) { _ in
            while true {
                let index = results.claim()
                guard index < inputs.count else { return }
                results.store(Self.annotate(inputs[index], with: processor, encoder: encoder), at: index)
            }
        }
        return results.items.map { $0! }
    }

    /// Ends the processor's workers, if it was made.
    func shutDown() {
        processor?.shutDown()
        processor = nil
    }

    private static func annotate(_ input: InputItem, with processor: any DocumentProcessor, encoder: RecordEncoder) -> AnnotatedItem {
        switch input.document {
        case .success(let document):
            let processed = processor.process(document)
            switch processed.outcome {
            case .annotated(let contribution):
                return .annotated(record: processed.record, digest: RecordDigest(record: processed.record), contribution: contribution)
            case .failed(let failure):
                return .failed(record: processed.record, failure: failure)
            }
        case .failure(let failure):
            return .failed(record: encoder.encodeFailure(id: input.id, source: input.source, failure: failure), failure: failure)
        }
    }
}
