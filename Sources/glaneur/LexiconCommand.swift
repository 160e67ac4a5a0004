import ArgumentParser
import Foundation
import GlaneurEntities
import GlaneurPipeline

/// `glaneur lexicon`: tools for the curated entity lexicons.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Work with the entity lexicons.",
        subcommands: [LexiconCheckCommand.self]
    )
}

/// `glaneur lexicon check`: validates lexicon files and prints each problem with its file and line.
struct LexiconCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lexicon files: JSON, fields, types, hints, ids, duplicates and alias collisions.",
        discussion: "Exits with status 1 when any error is found (or any warning, with --strict)."
    )

    @Argument(help: "Lexicon files or directories of *.jsonl files (default: lexicons/entities beside pipeline.json).")
    var paths: [String] = []

    @Flag(help: "Treat warnings (aliases shared by several entries) as errors.")
    var strict = false

    @Flag(help: "Print errors only, not warnings.")
    var errorsOnly = false

    func run() throws {
        var lexicon = Lexicon()
        for url in try lexiconLocations() {
            let part = try Lexicon(contentsOf: url)
            lexicon.entries += part.entries
            lexicon.errors += part.errors
        }
        let problems = LexiconCheck.problems(in: lexicon)
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        for problem in problems where !(errorsOnly && problem.severity == .warning) {
            print(problem)
        }
        print("\(lexicon.entries.count + lexicon.errors.count) entries, \(errors) errors, \(warnings) warnings")
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }

    private func lexiconLocations() throws -> [URL] {
        if !paths.isEmpty { return paths.map { URL(fileURLWithPath: $0) } }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0])
        guard let configuration = PipelineConfiguration.locateDefault(executable: executable) else {
            throw ValidationError("no pipeline.json found to locate lexicons/entities; give the lexicon paths")
        }
        return [configuration.deletingLastPathComponent().appendingPathComponent("lexicons/entities")]
    }
}
