import Foundation

/// `GLANEUR_FAULT=STAGE:ID` in the environment makes stage STAGE trap on purpose on the document
/// whose id is ID, in every build, so that tests and users can check crash isolation.
enum FaultInjection {
    private static let target: (stage: String, document: String)? = {
        guard let value = ProcessInfo.processInfo.environment["GLANEUR_FAULT"],
              let colon = value.firstIndex(of: ":") else { return nil }
        return (String(value[..<colon]), String(value[value.index(after: colon)...]))
    }()

    static func trapIfRequested(stage: String, document: String) {
        guard let target, target.stage == stage, target.document == document else { return }
        fatalError("GLANEUR_FAULT: trap injected in stage '\(stage)' on document '\(document)'")
    }
}
