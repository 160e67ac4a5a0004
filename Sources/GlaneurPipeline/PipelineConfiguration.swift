import Foundation
import GlaneurCore

/// The contents of `pipeline.json`: an ordered list of stages with their options.
///
/// ```json
/// {"stages": [{"stage": "decode"}, {"stage": "tokenize"}, {"stage": "entities", "options": {"lexicons": "lexicons/entities"}}]}
/// ```
/// Relative paths in options are resolved against the file's directory.
public struct PipelineConfiguration: Sendable {
    public var stages: [StageOptions]

    public init(stages: [StageOptions]) {
        self.stages = stages
    }

    /// Reads and checks the shape of a configuration file.
    public static func load(from url: URL) throws -> PipelineConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ConfigurationError("cannot read configuration \(url.path): \(error.localizedDescription)")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(data))
        } catch {
            throw ConfigurationError("configuration \(url.path) is not valid JSON: \(error)")
        }
        return try parse(value, baseDirectory: url.deletingLastPathComponent(), origin: url.path)
    }

    /// Builds a configuration from parsed JSON; `origin` names it in error messages.
    public static func parse(_ value: JSONValue, baseDirectory: URL, origin: String) throws -> PipelineConfiguration {
        guard case .object(let root) = value else {
            throw ConfigurationError("\(origin): the configuration must be an object with a \"stages\" list")
        }
        for key in root.keys where key != "stages" {
            throw ConfigurationError("\(origin): unknown key '\(key)' (expected only \"stages\")")
        }
        guard case .array(let entries)? = root["stages"], !entries.isEmpty else {
            throw ConfigurationError("\(origin): \"stages\" must be a non-empty list")
        }
        var stages: [StageOptions] = []
        for (position, entry) in entries.enumerated() {
            guard case .object(let fields) = entry, let name = fields["stage"]?.stringValue else {
                throw ConfigurationError("\(origin): stage #\(position + 1) must be an object with a \"stage\" name")
            }
            for key in fields.keys where key != "stage" && key != "options" {
                throw ConfigurationError("\(origin): stage '\(name)': unknown key '\(key)' (expected \"stage\" and \"options\")")
            }
            var options: [String: JSONValue] = [:]
            if let raw = fields["options"] {
                guard case .object(let members) = raw else {
                    throw ConfigurationError("\(origin): stage '\(name)': \"options\" must be an object")
                }
                options = members
            }
            stages.append(StageOptions(stage: name, values: options, baseDirectory: baseDirectory))
        }
        return PipelineConfiguration(stages: stages)
    }

    /// The default configuration: `pipeline.json` in the working directory, else the one found by
    /// walking up from the executable's directory (a checkout's `.build/release/glaneur`).
    public static func locateDefault(executable: URL) -> URL? {
        let fileManager = FileManager.default
        let local = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("pipeline.json")
        if fileManager.fileExists(atPath: local.path) { return local }
        var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("pipeline.json")
            if fileManager.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}
