import Foundation
import GlaneurCore
import GlaneurPipeline
import GlaneurReport

/// A batch item after the pipeline: its encoded record and what de-duplication needs.
enum AnnotatedItem {
    case annotated(record: [UInt8], cleanHash: String?, signature: MinHash?, contribution: DocumentReport)
    case failed(record: [UInt8], failure: DocumentFailure)
}

/// Runs a batch's documents through the configured `Pipeline` on `jobs` threads and encodes each
/// record with the shared `RecordEncoder`; results come back in input order.
struct BatchAnnotator {
    var pipeline: Pipeline
    var encoder: RecordEncoder
    var jobs: Int

    func annotate(_ inputs: [InputItem]) -> [AnnotatedItem] {
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var next = 0
            var items: [AnnotatedItem?]
            init(count: Int) { items = Array(repeating: nil, count: count) }

            func claim() -> Int { lock.withLock { defer { next += 1 }; return next } }
            func store(_ item: AnnotatedItem, at index: Int) { lock.withLock { items[index] = item } }
        }
        let results = Results(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, inputs.count))) { _ in
            while true {
                let index = results.claim()
                guard index < inputs.count else { return }
                results.store(annotate(inputs[index]), at: index)
            }
        }
        return results.items.map { $0! }
    }

    private func annotate(_ input: InputItem) -> AnnotatedItem {
        let outcome: Result<Document, DocumentFailure>
        switch input.document {
        case .success(let document): outcome = pipeline.process(document)
        case .failure(let failure): outcome = .failure(failure)
        }
        switch outcome {
        case .success(let document):
            let cleanHash = document.text.isEmpty ? nil : SHA256.hex(document.text.utf8)
            return .annotated(record: encoder.encode(document), cleanHash: cleanHash, signature: MinHash(document: document),
                              contribution: RunReport.contribution(of: document, stages: pipeline.stages.map(\.name)))
        case .failure(let failure):
            return .failed(record: encoder.encodeFailure(id: input.id, source: input.source, failure: failure), failure: failure)
        }
    }
}
