import Foundation

/// The worker side of process isolation: reads documents from the supervisor, processes them and
/// answers with their records (see `WorkerMessage`). Run by the hidden `glaneur worker` command.
/// The worker runs the stages on its main thread, so the crash handler sees the current stage.
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
        CrashNotice.install(stageNames: processor.pipeline.stages.map(\.name))
        let requests = FrameReader(descriptor: requestDescriptor)
        while let message = WorkerMessage.read(from: requests) {
            guard case .document(let document) = message else { return 70 }
            let processed = processor.process(document) { CrashNotice.currentStage = $0 }
            CrashNotice.currentStage = -1
            guard writeFully(answerDescriptor, WorkerMessage.result(processed).framed()) == nil else { return 74 }
        }
        return 0
    }
}

/// Tells the supervisor which stage a worker was in when it crashed, at no cost per document: the
/// worker only notes the current stage's index, and a handler for the crash signals writes the
/// stage's pre-framed `stage` message to the answer pipe before letting the signal end the process.
private enum CrashNotice {
    nonisolated(unsafe) static var currentStage = -1
    nonisolated(unsafe) static var frames: UnsafeMutablePointer<UnsafeMutableBufferPointer<UInt8>>?

    static func install(stageNames: [String]) {
        let table = UnsafeMutablePointer<UnsafeMutableBufferPointer<UInt8>>.allocate(capacity: stageNames.count)
        for (index, name) in stageNames.enumerated() {
            let frame = WorkerMessage.stage(name: name).framed()
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: frame.count)
            _ = buffer.initialize(from: frame)
            table[index] = buffer
        }
        frames = table
        for number in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] { signal(number, report) }
    }

    /// Only async-signal-safe calls: write(2), signal(2), raise(3).
    private static let report: @convention(c) (Int32) -> Void = { number in
        if currentStage >= 0, let frames {
            let frame = frames[currentStage]
            _ = write(WorkerService.answerDescriptor, frame.baseAddress, frame.count)
        }
        signal(number, SIG_DFL)
        raise(number)
    }
}
