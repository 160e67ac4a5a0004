import Foundation

/// `GLANEUR_FAULT=STAGE:ID[:FAULT]` in the environment makes stage STAGE fail on purpose on the
/// document whose id is ID, in every build, so that tests and users can check crash isolation and
/// the document watchdog. FAULT is `trap` (the default: a trap), `hang` (the stage never returns)
/// or `overflow` (the stage recurses until the stack overflows).
enum FaultInjection {
    enum Fault: String {
        case trap, hang, overflow
    }

    private static let target: (stage: String, document: String, fault: Fault)? = {
        guard let value = ProcessInfo.processInfo.environment["GLANEUR_FAULT"] else { return nil }
        return parse(value)
    }()

    /// Splits a `GLANEUR_FAULT` value; an id may hold colons, a last part naming a fault is the fault.
    static func parse(_ value: String) -> (stage: String, document: String, fault: Fault)? {
        guard let colon = value.firstIndex(of: ":") else { return nil }
        let stage = String(value[..<colon])
        var document = String(value[value.index(after: colon)...])
        var fault = Fault.trap
        if let last = document.lastIndex(of: ":"), let named = Fault(rawValue: String(document[document.index(after: last)...])) {
            fault = named
            document = String(document[..<last])
        }
        return (stage, document, fault)
    }

    static func injectIfRequested(stage: String, document: String) {
        guard let target, target.stage == stage, target.document == document else { return }
        switch target.fault {
        case .trap:
            fatalError("GLANEUR_FAULT: trap injected in stage '\(stage)' on document '\(document)'")
        case .hang:
            while true { sleep(60) }
        case .overflow:
            _ = recurse(depth: 0)
        }
    }

    /// Recursion that no optimiser can turn into a loop: each call keeps a kilobyte of its own.
    @inline(never)
    private static func recurse(depth: Int) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1000) { frame in
            frame.initialize(repeating: UInt8(truncatingIfNeeded: depth))
            if depth == Int.max { return 0 }
            return recurse(depth: depth + 1) &+ Int(frame[depth % frame.count])
        }
    }
}
