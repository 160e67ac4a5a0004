import GlaneurCore

/// Reads and writes `glaneur-report/1` JSON (see docs/report-schema.json). Keys are sorted, so the
/// same report always gives the same bytes; derived figures (quantiles, rates, scores) are written
/// for readers and recomputed, never read back.
public enum ReportJSON {
    public static func encode(_ report: QualityReport) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("format"); json.string(QualityReport.format)
        json.key("kind"); json.string(report.kind)
        json.key("run"); writeRun(report.run, &json)
        json.key("sections")
        json.beginArray()
        for section in report.sections { writeSection(section, words: report.words, &json) }
        json.endArray()
        json.key("example_limit"); json.int(report.examples.limit)
        json.key("examples")
        json.beginArray()
        for example in report.examples.all { writeExample(example, &json) }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    /// Reads a report, or the one an ingest batch report holds under `pipeline`.
    public static func decode(_ bytes: [UInt8]) throws -> QualityReport {
        var root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw ReportError("not JSON: \(error)")
        }
        // An ingest batch report carries the quality report under "pipeline".
        if root["format"] == nil, let embedded = root["pipeline"], embedded["format"] != nil { root = embedded }
        guard root["format"]?.stringValue == QualityReport.format else {
            throw ReportError("not a \(QualityReport.format) report (format is \(root["format"]?.compactDescription ?? "missing"))")
        }
        let run = try readRun(root["run"])
        guard case .array(let rawSections)? = root["sections"] else { throw ReportError("'sections' must be a list") }
        let sections = try rawSections.map(readSection)
        var examples = ExampleSample(limit: try integer(root["example_limit"], "example_limit"))
        if case .array(let rawExamples)? = root["examples"] {
            for raw in rawExamples { examples.add(try readExample(raw)) }
        }
        return QualityReport(kind: root["kind"]?.stringValue ?? "run", run: run, sections: sections, examples: examples)
    }

    // MARK: writing

    private static func writeRun(_ run: RunMetadata, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("version"); json.optionalString(run.version)
        json.key("configuration"); json.optionalString(run.configurationFingerprint)
        json.key("stages"); writeStrings(run.stages, &json)
        json.key("inputs"); writeStrings(run.inputs, &json)
        json.key("started"); json.optionalString(run.started)
        json.key("ended"); json.optionalString(run.ended)
        json.key("wall_seconds"); json.optionalNumber(run.wallSeconds.map { ($0 * 1000).rounded() / 1000 })
        json.key("jobs"); if let jobs = run.jobs { json.int(jobs) } else { json.null() }
        json.key("shard"); json.optionalString(run.shard)
        json.key("parts"); json.int(run.parts)
        if let signal = run.interruptedBySignal { json.key("interrupted_by_signal"); json.int(signal) }
        json.endObject()
    }

    private static func writeSection(_ section: ReportSection, words: Int, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("name"); json.string(section.name)
        json.key("counters"); writeCounts(section.counters, &json)
        let isStage = ![QualityReport.documentsSection, QualityReport.timingsSection, QualityReport.evaluationSection].contains(section.name)
        if isStage && words > 0 {
            json.key("per_1000_words")
            json.beginObject()
            for (key, value) in section.counters.sorted(by: { $0.key < $1.key }) where key != "documents" {
                json.key(key); json.number(round3(Double(value) * 1000 / Double(words)))
            }
            json.endObject()
        }
        json.key("breakdowns")
        json.beginObject()
        for (name, counts) in section.breakdowns.sorted(by: { $0.key < $1.key }) {
            json.key(name); writeCounts(counts, &json)
        }
        json.endObject()
        json.key("histograms")
        json.beginObject()
        for (name, histogram) in section.histograms.sorted(by: { $0.key < $1.key }) {
            json.key(name); writeHistogram(histogram, &json)
        }
        json.endObject()
        if section.name == QualityReport.evaluationSection {
            json.key("scores"); writeScores(EvaluationScores(section), &json)
        }
        json.endObject()
    }

    private static func writeHistogram(_ histogram: Histogram, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("bounds")
        json.beginArray()
        for bound in histogram.bounds { json.number(bound) }
        json.endArray()
        json.key("counts")
        json.beginArray()
        for count in histogram.counts { json.int(count) }
        json.endArray()
        json.key("count"); json.int(histogram.count)
        json.key("sum"); json.number(round3(histogram.sum))
        json.key("min"); json.optionalNumber(histogram.minimum)
        json.key("max"); json.optionalNumber(histogram.maximum)
        json.key("mean"); json.optionalNumber(histogram.mean.map(round3))
        for (name, p) in [("p50", 0.5), ("p95", 0.95), ("p99", 0.99)] {
            json.key(name); json.optionalNumber(histogram.quantile(p).map(round3))
        }
        json.endObject()
    }

    private static func writeScores(_ scores: EvaluationScores, _ json: inout JSONWriter) {
        json.beginObject()
        for (name, score) in scores.figures.sorted(by: { $0.key < $1.key }) {
            json.key(name); json.optionalNumber(score.map { ($0 * 1_000_000).rounded() / 1_000_000 })
        }
        json.endObject()
    }

    private static func writeExample(_ example: ReportExample, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("category"); json.string(example.category)
        json.key("id"); json.string(example.document)
        json.key("start"); if let start = example.start { json.int(start) } else { json.null() }
        json.key("end"); if let end = example.end { json.int(end) } else { json.null() }
        json.key("label"); json.string(example.label)
        json.key("excerpt"); json.string(example.excerpt)
        json.endObject()
    }

    private static func writeCounts(_ counts: [String: Int], _ json: inout JSONWriter) {
        json.beginObject()
        for (key, value) in counts.sorted(by: { $0.key < $1.key }) { json.key(key); json.int(value) }
        json.endObject()
    }

    private static func writeStrings(_ strings: [String], _ json: inout JSONWriter) {
        json.beginArray()
        for string in strings { json.string(string) }
        json.endArray()
    }

    private static func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    // MARK: reading

    private static func readRun(_ value: JSONValue?) throws -> RunMetadata {
        guard case .object(let fields)? = value else { throw ReportError("'run' must be an object") }
        var run = RunMetadata()
        run.version = fields["version"]?.stringValue
        run.configurationFingerprint = fields["configuration"]?.stringValue
        run.stages = strings(fields["stages"])
        run.inputs = strings(fields["inputs"])
        run.started = fields["started"]?.stringValue
        run.ended = fields["ended"]?.stringValue
        if case .number(let seconds)? = fields["wall_seconds"] { run.wallSeconds = seconds }
        if case .number(let jobs)? = fields["jobs"] { run.jobs = Int(jobs) }
        run.shard = fields["shard"]?.stringValue
        if case .number(let parts)? = fields["parts"] { run.parts = Int(parts) }
        if case .number(let signal)? = fields["interrupted_by_signal"] { run.interruptedBySignal = Int(signal) }
        return run
    }

    private static func readSection(_ value: JSONValue) throws -> ReportSection {
        guard let name = value["name"]?.stringValue else { throw ReportError("a section has no 'name'") }
        var section = ReportSection(name: name)
        section.counters = try counts(value["counters"], "\(name).counters")
        if case .object(let breakdowns)? = value["breakdowns"] {
            for (key, raw) in breakdowns { section.breakdowns[key] = try counts(raw, "\(name).breakdowns.\(key)") }
        }
        if case .object(let histograms)? = value["histograms"] {
            for (key, raw) in histograms { section.histograms[key] = try readHistogram(raw, "\(name).histograms.\(key)") }
        }
        return section
    }

    private static func readHistogram(_ value: JSONValue, _ path: String) throws -> Histogram {
        guard case .array(let rawBounds)? = value["bounds"], case .array(let rawCounts)? = value["counts"] else {
            throw ReportError("\(path) needs 'bounds' and 'counts'")
        }
        let bounds = try rawBounds.map { raw -> Double in
            guard case .number(let bound) = raw else { throw ReportError("\(path).bounds must be numbers") }
            return bound
        }
        let counts = try rawCounts.map { try integer($0, "\(path).counts") }
        guard case .number(let sum)? = value["sum"] else { throw ReportError("\(path).sum must be a number") }
        var minimum: Double?, maximum: Double?
        if case .number(let number)? = value["min"] { minimum = number }
        if case .number(let number)? = value["max"] { maximum = number }
        do {
            return try Histogram(bounds: bounds, counts: counts, sum: sum, minimum: minimum, maximum: maximum)
        } catch let error as ReportError {
            throw ReportError("\(path): \(error)")
        }
    }

    private static func readExample(_ value: JSONValue) throws -> ReportExample {
        guard let category = value["category"]?.stringValue, let id = value["id"]?.stringValue else {
            throw ReportError("an example needs 'category' and 'id'")
        }
        var start: Int?, end: Int?
        if case .number(let number)? = value["start"] { start = Int(number) }
        if case .number(let number)? = value["end"] { end = Int(number) }
        return ReportExample(category: category, document: id, start: start, end: end,
                             label: value["label"]?.stringValue ?? "", excerpt: value["excerpt"]?.stringValue ?? "")
    }

    private static func counts(_ value: JSONValue?, _ path: String) throws -> [String: Int] {
        guard let value else { return [:] }
        guard case .object(let fields) = value else { throw ReportError("\(path) must be an object of counts") }
        return try fields.mapValues { try integer($0, path) }
    }

    private static func integer(_ value: JSONValue?, _ path: String) throws -> Int {
        guard case .number(let number)? = value, number.rounded() == number, abs(number) < 9e15 else {
            throw ReportError("\(path) must hold whole numbers")
        }
        return Int(number)
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap(\.stringValue)
    }
}
