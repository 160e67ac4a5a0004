import Foundation

/// The worker side of process isolation: reads documents from the supervisor, processes them and
/// answers with their records (see `WorkerMessage`). Run by the hidden `glaneur worker` command.
/// The worker runs the stages on its main thread, so the crash handler sees the current stage.
public enum WorkerService {
    /// The descriptor a worker reads documents from.
    static let requestDescriptor: Int32 = 3
    /// The descriptor a worker writes its answers to.
    static let answerDescriptor: Int32 = 4
    /// The signal a supervisor sends a worker that overran its time: the worker answers with a
    /// `stage` message naming the stage it is in (and is then killed).
    static let stageQuery = SIGUSR1

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

/// Tells the supervisor which stage a worker was in when it crashed or overran its time, at no cost
/// per document: the worker only notes the current stage's index, and a signal handler writes the
/// stage's pre-framed `stage` message to the answer pipe: for a crash signal, before letting the
/// signal end the process; for the supervisor's `stageQuery`, and carries on. The handler runs on a
/// stack of its own, so that a stage that overflowed the stack is still named.
private enum CrashNotice {
    nonisolated(unsafe) static var currentStage = -1
    nonisolated(unsafe) static var frames: UnsafeMutablePointer<UnsafeMutableBufferPointer<UInt8>>?
    static let crashSignals = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]
    /// Room for the handler when the stack it interrupted is exhausted.
    private static let signalStackSize = 256 << 10

    static func install(stageNames: [String]) {
        let table = UnsafeMutablePointer<UnsafeMutableBufferPointer<UInt8>>.allocate(capacity: stageNames.count)
        for (index, name) in stageNames.enumerated() {
            let frame = WorkerMessage.stage(name: name).framed()
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: frame.count)
            _ = buffer.initialize(from: frame)
            table[index] = buffer
        }
        frames = table
        // The alternate stack belongs to the calling thread: the one that runs the stages.
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: signalStackSize, alignment: 16)
        stack.ss_size = signalStackSize
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        for number in crashSignals { handle(number, with: reportCrash) }
        handle(WorkerService.stageQuery, with: reportStage)
        // A signal mask inherited from whoever started the run must not hold the query back.
        var handled = sigset_t()
        sigemptyset(&handled)
        for number in crashSignals + [WorkerService.stageQuery] { sigaddset(&handled, number) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    private static func handle(_ number: Int32, with handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        action.sa_flags = Int32(SA_ONSTACK)
        sigemptyset(&action.sa_mask)
        sigaction(number, &action, nil)
    }

    /// Only async-signal-safe calls: write(2).
    private static func writeCurrentStage() {
        if currentStage >= 0, let frames {
            let frame = frames[currentStage]
            _ = write(WorkerService.answerDescriptor, frame.baseAddress, frame.count)
        }
    }

    /// Only async-signal-safe calls: write(2), signal(2), raise(3).
    private static let reportCrash: @convention(c) (Int32) -> Void = { number in
        writeCurrentStage()
        signal(number, SIG_DFL)
        raise(number)
    }

    private static let reportStage: @convention(c) (Int32) -> Void = { _ in
        writeCurrentStage()
    }
}
