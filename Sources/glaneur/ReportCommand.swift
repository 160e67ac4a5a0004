import ArgumentParser
import Foundation
import GlaneurReport

/// `glaneur report`: renders a `glaneur-report/1` file and gates on drift and thresholds.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a quality report (HTML, Markdown) and check it against a baseline and thresholds.",
        discussion: """
        Exit status: 0 when every check passes, 3 when one warns, 4 when one fails (other statuses \
        are errors, such as an unreadable report). Drift against --baseline compares distributions by Jensen–Shannon divergence and rates \
        per 1,000 words, with thresholds that grow as samples shrink; see docs/reports.md.
        """
    )

    @Argument(help: "A report written by 'glaneur run --report', 'glaneur eval' or 'glaneur merge'.")
    var report: String

    @Option(help: "Write a self-contained HTML page (inline SVG charts) to this file.")
    var html: String?

    @Option(help: "Write a Markdown summary to this file ('-' for standard output).")
    var markdown: String?

    @Option(help: "An earlier report to compare with (drift).")
    var baseline: String?

    @Option(help: "A JSON file of drift settings and floors or ceilings on measures.")
    var thresholds: String?

    func run() throws {
        let current = try ReportFiles.read(report)
        let reference = try baseline.map(ReportFiles.read)
        let findings = try ReportFiles.findings(for: current, baseline: reference, thresholdsPath: thresholds)
        if let html {
            try ReportFiles.write(HTMLReport.render(current, baseline: reference, findings: findings), to: html)
        }
        if let markdown {
            try ReportFiles.write(MarkdownReport.render(current, findings: findings), to: markdown)
        }
        let severity = ReportFiles.printFindings(findings)
        if severity != .ok { throw ExitCode(severity.exitStatus) }
    }
}

/// Reading, writing and checking reports, shared by the report, eval and merge commands.
enum ReportFiles {
    static func read(_ path: String) throws -> QualityReport {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw CommandFailure(.inputOutput, "cannot read report \(path): \(error.localizedDescription)")
        }
        do {
            return try ReportJSON.decode(bytes)
        } catch {
            throw CommandFailure(.inputOutput, "\(path): \(error)")
        }
    }

    /// Writes text to a file atomically, or to standard output for "-".
    static func write(_ text: String, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }

    static func writeReport(_ report: QualityReport, to path: String) throws {
        try Data(ReportJSON.encode(report) + [0x0A]).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Drift against the baseline (when given) and the thresholds file's checks (when given).
    static func findings(for report: QualityReport, baseline: QualityReport?, thresholdsPath: String?) throws -> [Finding] {
        var thresholds = Thresholds()
        if let thresholdsPath {
            do {
                thresholds = try Thresholds(json: Array(try Data(contentsOf: URL(fileURLWithPath: thresholdsPath))))
            } catch {
                throw ValidationError("thresholds \(thresholdsPath): \(error)")
            }
        }
        var findings = thresholds.check(report)
        if let baseline { findings += thresholds.drift.compare(report, baseline: baseline) }
        return findings
    }

    /// Prints the findings that are not ok on standard error, then the overall status; returns it.
    static func printFindings(_ findings: [Finding]) -> Severity {
        let severity = findings.map(\.severity).max() ?? .ok
        var lines: [String] = []
        for finding in findings where finding.severity != .ok {
            lines.append("\(finding.severity): \(finding.measure): \(finding.detail)")
        }
        if !findings.isEmpty {
            lines.append("glaneur report: \(severity) (\(findings.count) checks, \(findings.filter { $0.severity == .warn }.count) warn, \(findings.filter { $0.severity == .fail }.count) fail)")
        }
        if !lines.isEmpty { FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
        return severity
    }
}
