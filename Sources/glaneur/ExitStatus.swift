/// The exit statuses of `glaneur`, documented in `--help` and docs/cli.md.
enum ExitStatus: Int32 {
    case success = 0
    /// Some documents failed; each has an error record.
    case documentsFailed = 1
    /// Bad command-line usage.
    case usage = 2
    /// Bad configuration: pipeline.json, stage options, lexicons, or `--resume` against other input.
    case configuration = 64
    /// An input, output or report could not be read or written (missing directory, full disk...).
    case inputOutput = 74
    /// Temporarily unable to run: worker processes could not be started.
    case busy = 75

    static let documentation = """
        Exit status: 0 all documents annotated; 1 some documents failed (each has an error record); \
        2 usage error; 64 configuration error (pipeline.json, lexicons, --resume on other input); \
        74 input/output error (output or report not writable, disk full); 75 worker processes could \
        not be started (try again); 130 / 143 interrupted by SIGINT / SIGTERM (finished records \
        kept; complete them with --resume). report and eval: 3 a check warned, 4 a check failed.
        """
}

/// A failure that ends the command with a message for people and a documented exit status.
struct CommandFailure: Error {
    var status: ExitStatus
    var message: String

    init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }
}
