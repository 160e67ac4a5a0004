import Foundation

/// The worker side of process isolation: reads documents from the supervisor, processes them and
/// answers with their records (see `WorkerMessage`). Run by the hidden `glaneur worker` command.
public enum WorkerService {
    /// The descriptor a worker reads documents from.
    static let requestDescriptor: Int32 = 3
    /// The descriptor a worker writes its answers to.
    static let answerDescriptor: Int32 = 4

    /// Builds the processor, then serves documents until the supervisor closes the request pipe.
    /// Returns the process's exit status.
    public static func serve(building build: () throws -> InProcessProcessor) -> Int32 {
        // Interrupts are the supervisor's business: it lets the documents in flight finish.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        let processor: InProcessProcessor
        do {
            processor = try build()
        } catch {
            _ = writeFully(answerDescriptor, WorkerMessage.startFailed(message: "\(error)").framed())
            return 64
        }
        guard writeFully(answerDescriptor, WorkerMessage.ready.framed()) == nil else { return 74 }
        let requests = FrameReader(descriptor: requestDescriptor)
        while let message = WorkerMessage.read(from: requests) {
            guard case .document(let document) = message else { return 70 }
            let stageNames = processor.pipeline.stages.map(\.name)
            let processed = processor.process(document) { index in
                _ = writeFully(answerDescriptor, WorkerMessage.stage(name: stageNames[index]).framed())
            }
            guard writeFully(answerDescriptor, WorkerMessage.result(processed).framed()) == nil else { return 74 }
        }
        return 0
    }
}
