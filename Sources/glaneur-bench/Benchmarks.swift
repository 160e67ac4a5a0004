import Foundation

/// The benchmarks by name. Each lives in its own file as `enum XBenchmark { static func run(_:) }`.
enum Benchmarks {
    static let all: [String: @Sendable ([String]) throws -> Void] = [
        "pipeline": PipelineBenchmark.run,
        "decode": DecodeBenchmark.run,
        "tokenize": TokenizeBenchmark.run,
        "entities": EntitiesBenchmark.run,
        "tagger": TaggerBenchmark.run,
        "quotes": QuotesBenchmark.run,
        "claims": ClaimsBenchmark.run,
    ]
}

/// Best-of-N wall time of `body` in seconds (first run warms caches).
func measureSeconds(repetitions: Int = 5, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<max(1, repetitions) {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

/// Megabytes (10^6 bytes) per second.
func megabytesPerSecond(bytes: Int, seconds: Double) -> Double {
    Double(bytes) / 1e6 / seconds
}
