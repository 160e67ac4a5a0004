import ArgumentParser

/// The `glaneur` command line.
@main
struct GlaneurCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glaneur",
        abstract: "Glean clean text, entities, quotes and numeric claims from scraped news articles.",
        subcommands: [RunCommand.self, LexiconCommand.self, IngestCommand.self, ReportCommand.self, EvalCommand.self, MergeCommand.self]
    )
}
