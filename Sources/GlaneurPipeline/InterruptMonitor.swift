import Foundation

/// Turns SIGINT and SIGTERM into a call of `handler` on a background queue instead of ending the
/// process, so that the run can stop reading, flush what is finished and write its report.
public final class InterruptMonitor: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []

    /// Starts watching; `handler` gets the signal number of each interrupt.
    public init(_ handler: @escaping @Sendable (Int32) -> Void) {
        let queue = DispatchQueue(label: "glaneur.interrupts")
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handler(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// The conventional exit status of a process ended by `signal` (130 for SIGINT, 143 for SIGTERM).
    public static func exitStatus(for signal: Int32) -> Int32 {
        128 + signal
    }
}
