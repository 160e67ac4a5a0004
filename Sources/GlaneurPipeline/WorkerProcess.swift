import Foundation
import GlaneurCore

/// How to start a worker: an executable (by default this very program) and its arguments.
public struct WorkerLaunch: Sendable {
    public var executable: String
    public var arguments: [String]

    public init(executable: String = "/proc/self/exe", arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }
}

/// One worker process seen from the supervisor: its pid and the two pipes to it.
final class WorkerProcess {
    /// How a document sent to the worker ended.
    enum Answer {
        case processed(ProcessedDocument)
        /// The worker died; `stage` is the stage it had started, if any.
        case died(stage: String?, ending: String, signal: Int32?)
        /// The document took longer than allowed; the worker was killed. `stage` is the stage it was in.
        case timedOut(stage: String?)
    }

    /// How long a worker asked for its stage (after a timeout) may take to answer before it is killed.
    private static let stageQueryGrace: UInt64 = 2_000_000_000

    let pid: pid_t
    /// True once the process has been reaped; it takes no more documents.
    private(set) var hasEnded = false
    private let requests: Int32
    private let answers: FrameReader
    private let answerDescriptor: Int32

    /// Held while pipes are created and marked close-on-exec, so that no other worker spawned at
    /// the same time inherits them (which would keep a pipe open after its worker is stopped).
    private static let spawning = NSLock()

    /// Spawns the worker; throws a readable reason when the process cannot be started.
    init(launch: WorkerLaunch) throws {
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        var requestPipe: [Int32] = [0, 0], answerPipe: [Int32] = [0, 0]
        guard pipe(&requestPipe) == 0 else { throw WorkerStartError("cannot create a pipe: \(String(cString: strerror(errno)))") }
        guard pipe(&answerPipe) == 0 else {
            close(requestPipe[0]); close(requestPipe[1])
            throw WorkerStartError("cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        for descriptor in requestPipe + answerPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        // Duplicates far above 4, so that moving them onto 3 and 4 in the child never collides.
        let childRequests = fcntl(requestPipe[0], F_DUPFD_CLOEXEC, 64)
        let childAnswers = fcntl(answerPipe[1], F_DUPFD_CLOEXEC, 64)
        close(requestPipe[0]); close(answerPipe[1])
        defer { close(childRequests); close(childAnswers) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, 2, 1) // stray prints go to standard error, never into a pipe
        posix_spawn_file_actions_adddup2(&actions, childRequests, WorkerService.requestDescriptor)
        posix_spawn_file_actions_adddup2(&actions, childAnswers, WorkerService.answerDescriptor)

        let argv = ([launch.executable] + launch.arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        // The crash becomes an error record; a page of backtrace per crash would only bury it.
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, launch.executable, &actions, nil, argv, envp)
        guard status == 0 else {
            close(requestPipe[1]); close(answerPipe[0])
            throw WorkerStartError("cannot start a worker process (\(launch.executable)): \(String(cString: strerror(status)))")
        }
        self.pid = pid
        requests = requestPipe[1]
        answerDescriptor = answerPipe[0]
        answers = FrameReader(descriptor: answerPipe[0])
    }

    /// Waits for the worker to have built its pipeline; throws the reason it could not.
    func awaitReady() throws {
        switch WorkerMessage.read(from: answers) {
        case .ready?:
            return
        case .startFailed(let message)?:
            reap()
            throw WorkerStartError(message, isConfiguration: true)
        default:
            let ending = reap().description
            throw WorkerStartError("the worker process \(ending) before it was ready")
        }
    }

    /// Sends `document` and waits for its record, for the worker's death, or, when `timeout` (in
    /// seconds) is given, at most that long: then the worker is asked which stage it is in and killed.
    func process(_ document: Document, timeout: Double? = nil) -> Answer {
        var stage: String?
        if writeFully(requests, WorkerMessage.document(document).framed()) == nil {
            let deadline = timeout.map { DispatchTime.now().uptimeNanoseconds + UInt64($0 * 1e9) }
            waiting: while true {
                switch answers.next(deadline: deadline) {
                case .frame(let kind, let payload):
                    switch WorkerMessage.decode(kind: kind, payload: payload) {
                    case .stage(let name)?: stage = name
                    case .result(let processed)?: return .processed(processed)
                    case nil: break waiting
                    default: break
                    }
                case .end:
                    break waiting
                case .timedOut:
                    return stopHungWorker()
                }
            }
        }
        kill(pid, SIGKILL) // a worker that stopped answering is not trusted with another document
        let ending = reap()
        return .died(stage: stage, ending: ending.description, signal: ending.signal)
    }

    /// Asks a worker that overran its time which stage it is in (`WorkerService.stageQuery`), then
    /// kills it. A record that arrives first (the document ended just after the deadline) is kept.
    private func stopHungWorker() -> Answer {
        kill(pid, WorkerService.stageQuery)
        let deadline = DispatchTime.now().uptimeNanoseconds + Self.stageQueryGrace
        var answer = Answer.timedOut(stage: nil)
        if case .frame(let kind, let payload) = answers.next(deadline: deadline) {
            switch WorkerMessage.decode(kind: kind, payload: payload) {
            case .stage(let name)?: answer = .timedOut(stage: name)
            case .result(let processed)?: answer = .processed(processed)
            default: break
            }
        }
        kill(pid, SIGKILL) // the query may still be on its way: the worker is not reused
        reap()
        return answer
    }

    /// Closes the request pipe, which ends the worker, and waits for it.
    func stop() {
        close(requests)
        reap(closingRequests: false)
    }

    private struct Ending: CustomStringConvertible {
        var signal: Int32?
        var status: Int32

        var description: String {
            if let signal { return "was killed by signal \(signal) (\(String(cString: strsignal(signal))))" }
            return "exited with status \(status)"
        }
    }

    @discardableResult
    private func reap(closingRequests: Bool = true) -> Ending {
        if closingRequests { close(requests) }
        close(answerDescriptor)
        hasEnded = true
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let low = status & 0x7F
        if low != 0 && low != 0x7F { return Ending(signal: low, status: status) }
        return Ending(signal: nil, status: (status >> 8) & 0xFF)
    }
}

/// Why a worker process could not be started or could not build its pipeline.
public struct WorkerStartError: Error, CustomStringConvertible {
    public var description: String
    /// True when the worker started but could not build its pipeline from the configuration.
    public var isConfiguration: Bool

    init(_ description: String, isConfiguration: Bool = false) {
        self.description = description
        self.isConfiguration = isConfiguration
    }
}
