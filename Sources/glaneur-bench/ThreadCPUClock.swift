import Foundation

/// The calling thread's CPU clock (user + system time): what every benchmark measures, since wall
/// time means little on a shared machine.
enum ThreadCPUClock {
    /// CPU seconds the calling thread has used so far.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The fewest CPU seconds the calling thread spends in `body` over `runs` runs.
    static func best(of runs: Int = 1, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = now()
            try body()
            best = min(best, now() - start)
        }
        return best
    }
}
