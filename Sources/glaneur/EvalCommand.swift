import ArgumentParser
import Foundation
import GlaneurCore
import GlaneurPipeline
import GlaneurReport

/// `glaneur eval`: runs the pipeline over articles (or reads records) and scores them against gold.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against gold annotations (<doc>.gold.json files).",
        discussion: """
        Prints precision, recall and F1 for entities, quotes, attributed quotes and claims, and speaker \
        accuracy, with the definitions of docs/reports.md ("Evaluation"). Records are matched to gold by \
        the base name of their source. Exit status as 'glaneur report': 0, 3 (warn) or 4 (fail) with \
        --thresholds or --baseline.
        """
    )

    @Option(help: "Directory of <doc>.gold.json files.")
    var gold: String?

    @Option(help: "A CoNLL-U file to score tokens and sentences against (repeatable).")
    var conllu: [String] = []

    @Argument(help: "Articles to annotate (files or directories), as for 'glaneur run'.")
    var articles: [String] = []

    @Option(help: "Score these records (JSONL from 'glaneur run'; '-' for standard input) instead of annotating articles.")
    var pred: String?

    @Option(help: "Pipeline configuration (default: pipeline.json here or beside the executable's checkout).")
    var config: String?

    @Option(help: "Documents processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Write the evaluation report (glaneur-report/1) to this file.")
    var report: String?

    @Option(help: "Write a self-contained HTML page to this file.")
    var html: String?

    @Option(help: "Write a Markdown summary to this file ('-' for standard output).")
    var markdown: String?

    @Option(help: "An earlier evaluation report to compare with (drift).")
    var baseline: String?

    @Option(help: "A JSON file of floors (e.g. evaluation.entities.f1) and drift settings.")
    var thresholds: String?

    @Flag(help: "Print the scores as JSON, in the reference scorer's shape.")
    var json = false

    func validate() throws {
        guard gold != nil || !conllu.isEmpty else { throw ValidationError("give --gold DIR, --conllu FILE, or both") }
        if gold != nil {
            guard (pred == nil) != articles.isEmpty else { throw ValidationError("give either articles to annotate or --pred RECORDS.jsonl") }
        }
    }

    func run() throws {
        var result = QualityReport(kind: "eval")
        var output: [String] = []
        if let gold {
            let evaluation: GoldEvaluation
            do {
                evaluation = try GoldEvaluation(directory: URL(fileURLWithPath: gold))
            } catch {
                throw ValidationError("\(error)")
            }
            let recordsPath: String
            var temporary: URL?
            if let pred {
                recordsPath = pred
            } else {
                let url = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-eval-\(ProcessInfo.processInfo.processIdentifier).jsonl")
                temporary = url
                recordsPath = url.path
                result = try annotate(to: url)
            }
            defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
            let records = try readRecords(recordsPath)
            let missing = try evaluation.score(records, into: &result)
            let section = result[section: QualityReport.evaluationSection] ?? ReportSection(name: QualityReport.evaluationSection)
            output.append(json ? EvaluationText.json(section, documents: evaluation.golds.count, missing: missing)
                               : EvaluationText.table(section, missing: missing))
        }
        if !conllu.isEmpty {
            try scoreTokens(into: &result)
            let section = result[section: QualityReport.evaluationSection] ?? ReportSection(name: QualityReport.evaluationSection)
            if !json { output.append(EvaluationText.tokens(section)) }
        }
        if let report { try ReportFiles.writeReport(result, to: report) }
        let reference = try baseline.map(ReportFiles.read)
        let findings = try ReportFiles.findings(for: result, baseline: reference, thresholdsPath: thresholds)
        if let html { try ReportFiles.write(HTMLReport.render(result, baseline: reference, findings: findings), to: html) }
        if let markdown { try ReportFiles.write(MarkdownReport.render(result, findings: findings), to: markdown) }
        print(output.joined(separator: "\n"))
        let severity = ReportFiles.printFindings(findings)
        if severity != .ok { throw ExitCode(severity.exitStatus) }
    }

    private func loadPipeline() throws -> (Pipeline, URL) {
        let configurationURL = config.map { URL(fileURLWithPath: $0) }
            ?? PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0]))
        guard let configurationURL else { throw ValidationError("no pipeline.json in the working directory or above the executable; pass --config") }
        do {
            return (try Pipeline(configuration: try PipelineConfiguration.load(from: configurationURL)), configurationURL)
        } catch let error as ConfigurationError {
            throw ValidationError(error.message)
        }
    }

    /// Annotates each CoNLL-U sentence (and groups of them) with the stages up to tokenize.
    private func scoreTokens(into result: inout QualityReport) throws {
        let treebank: CoNLLUEvaluation
        do {
            treebank = try CoNLLUEvaluation(files: conllu.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError("\(error)")
        }
        let (pipeline, _) = try loadPipeline()
        guard let last = pipeline.stages.firstIndex(where: { $0.produces.isSuperset(of: [.tokens, .sentences]) }) else {
            throw ValidationError("no configured stage produces tokens and sentences")
        }
        let tokenizer = try Pipeline(stages: Array(pipeline.stages[...last]))
        try treebank.score(into: &result) { id, text in
            let document = Document(id: id, source: id, input: RawInput(format: .plainText, bytes: Array(text.utf8)))
            guard case .success(let annotated) = tokenizer.process(document) else { return nil }
            let index = CodePointIndex(annotated.text)
            func points(_ span: TextSpan) -> Range<Int> { index.codePointOffset(span.start)..<index.codePointOffset(span.end) }
            return (annotated.tokens.map { points($0.span) }, annotated.sentences.map(points))
        }
    }

    /// Runs the configured pipeline over the articles, writing records to `url`; returns the run's report.
    private func annotate(to url: URL) throws -> QualityReport {
        let (pipeline, configurationURL) = try loadPipeline()
        let sink = try OutputSink(path: url.path)
        let started = Date()
        let runner = Runner(pipeline: pipeline, encoder: RecordEncoder(), sink: sink, jobs: jobs)
        runner.progress = RunProgress.onTerminal(expectedDocuments: RunProgress.expectedDocuments(articles))
        var runReport = runner.run(articles)
        runner.progress?.finish()
        try sink.finish()
        runReport.describeRun(configuration: configurationURL, inputs: articles, started: started, ended: Date(), jobs: jobs)
        var result = runReport.quality
        result.kind = "eval"
        return result
    }

    private func readRecords(_ path: String) throws -> [JSONValue] {
        let contents = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data = contents else { throw ValidationError("cannot read \(path)") }
        return try data.split(separator: 0x0A).enumerated().compactMap { number, line in
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
            do {
                return try JSONParser.parse(Array(line))
            } catch {
                throw ValidationError("\(path): line \(number + 1) is not JSON: \(error)")
            }
        }
    }
}

/// The evaluation's figures printed as a table or as JSON in the reference scorer's shape.
enum EvaluationText {
    private static let measures = ["entities", "quotes", "quotes_attributed", "claims", "claims_value_only"]

    static func table(_ section: ReportSection, missing: [String]) -> String {
        let figures = EvaluationScores(section).figures
        var lines = [String(format: "%-22@ %9@ %9@ %9@ %6@", "" as NSString, "precision" as NSString, "recall" as NSString, "f1" as NSString, "gold" as NSString)]
        for name in measures {
            let gold = ["entities", "quotes", "claims"].contains(name) ? String(section.counters["\(name).gold"] ?? 0) : ""
            lines.append(String(format: "%-22@ %9.3f %9.3f %9.3f %6@", name as NSString, (figures["\(name).precision"] ?? 0) ?? 0,
                                (figures["\(name).recall"] ?? 0) ?? 0, (figures["\(name).f1"] ?? 0) ?? 0, gold as NSString))
        }
        lines.append("speaker_accuracy       " + ((figures["speaker_accuracy"] ?? nil).map { String(format: "%.3f", $0) } ?? "n/a"))
        lines.append("offsets: \(section.counters["offsets.checked"] ?? 0) checked, \(section.counters["offsets.wrong"] ?? 0) where text[start:end] differs from the annotation's text")
        if !missing.isEmpty { lines.append("missing documents: " + missing.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    static func tokens(_ section: ReportSection) -> String {
        let figures = EvaluationScores(section).figures
        func figure(_ name: String) -> String { String(format: "%.4f", (figures[name] ?? 0) ?? 0) }
        return "tokens    precision \(figure("tokens.precision")) recall \(figure("tokens.recall")) f1 \(figure("tokens.f1")); "
            + "sentences exact \(section.counters["tokens.sentences_exact"] ?? 0)/\(section.counters["tokens.sentences"] ?? 0)\n"
            + "sentences precision \(figure("sentences.precision")) recall \(figure("sentences.recall")) f1 \(figure("sentences.f1"))"
    }

    static func json(_ section: ReportSection, documents: Int, missing: [String]) -> String {
        let figures = EvaluationScores(section).figures
        var json = JSONWriter()
        json.beginObject()
        json.key("documents"); json.int(documents)
        json.key("documents_missing"); json.beginArray(); for name in missing { json.string(name) }; json.endArray()
        for name in measures {
            json.key(name)
            json.beginObject()
            for part in ["precision", "recall", "f1"] { json.key(part); json.optionalNumber(figures["\(name).\(part)"] ?? nil) }
            if ["entities", "quotes", "claims"].contains(name) { json.key("gold"); json.int(section.counters["\(name).gold"] ?? 0) }
            json.endObject()
        }
        json.key("speaker_accuracy"); json.optionalNumber(figures["speaker_accuracy"] ?? nil)
        json.key("offsets_checked"); json.int(section.counters["offsets.checked"] ?? 0)
        json.key("offsets_wrong"); json.int(section.counters["offsets.wrong"] ?? 0)
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
