import Foundation

/// The `options` object of one stage in `pipeline.json`, with typed accessors that fail with a
/// message naming the stage, the option and what was expected.
public struct StageOptions: Sendable {
    public let stage: String
    public let values: [String: JSONValue]
    /// Directory that relative paths are resolved against (the configuration file's directory).
    public let baseDirectory: URL

    public init(stage: String, values: [String: JSONValue] = [:], baseDirectory: URL) {
        self.stage = stage
        self.values = values
        self.baseDirectory = baseDirectory
    }

    /// Fails when an option is not among `known`, so typos do not pass silently.
    public func requireKnownKeys(_ known: Set<String>) throws {
        for key in values.keys.sorted() where !known.contains(key) {
            let list = known.sorted().joined(separator: ", ")
            throw ConfigurationError("stage '\(stage)': unknown option '\(key)' (known options: \(list.isEmpty ? "none" : list))")
        }
    }

    public func string(_ key: String, default fallback: String) throws -> String {
        guard let value = values[key] else { return fallback }
        guard case .string(let string) = value else { throw mismatch(key, "a string", value) }
        return string
    }

    public func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let value = values[key] else { return fallback }
        guard case .bool(let flag) = value else { throw mismatch(key, "true or false", value) }
        return flag
    }

    public func int(_ key: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let value = values[key] else { return fallback }
        guard case .number(let number) = value, number.rounded() == number, range.contains(Int(number)) else {
            throw mismatch(key, "a whole number from \(range.lowerBound) to \(range.upperBound)", value)
        }
        return Int(number)
    }

    public func double(_ key: String, default fallback: Double, in range: ClosedRange<Double>) throws -> Double {
        guard let value = values[key] else { return fallback }
        guard case .number(let number) = value, range.contains(number) else {
            throw mismatch(key, "a number from \(range.lowerBound) to \(range.upperBound)", value)
        }
        return number
    }

    public func strings(_ key: String, default fallback: [String]) throws -> [String] {
        guard let value = values[key] else { return fallback }
        guard case .array(let items) = value else { throw mismatch(key, "a list of strings", value) }
        return try items.map {
            guard case .string(let string) = $0 else { throw mismatch(key, "a list of strings", value) }
            return string
        }
    }

    /// A path option resolved against `baseDirectory`.
    public func path(_ key: String, default fallback: String) throws -> URL {
        let raw = try string(key, default: fallback)
        if raw.hasPrefix("/") { return URL(fileURLWithPath: raw) }
        return baseDirectory.appendingPathComponent(raw)
    }

    /// A data directory the stage needs. An explicit option is resolved against `baseDirectory`;
    /// without one, `fallback` (a relative path such as "lexicons/quotes") is looked up beside the
    /// configuration, then in each directory above the running executable (a checkout's
    /// `.build/release/glaneur`). Fails, naming the stage and the places tried, when none exists.
    public func dataDirectory(_ key: String, default fallback: String) throws -> URL {
        let fileManager = FileManager.default
        func isDirectory(_ url: URL) -> Bool {
            var flag: ObjCBool = false
            return fileManager.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
        }
        if values[key] != nil {
            let directory = try path(key, default: fallback)
            guard isDirectory(directory) else {
                throw ConfigurationError("stage '\(stage)': option '\(key)': directory \(directory.path) not found")
            }
            return directory
        }
        var candidates = [baseDirectory.appendingPathComponent(fallback)]
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            candidates.append(directory.appendingPathComponent(fallback))
            directory = directory.deletingLastPathComponent()
        }
        guard let found = candidates.first(where: isDirectory) else {
            throw ConfigurationError("stage '\(stage)': data directory '\(fallback)' not found beside the configuration (\(baseDirectory.path)) nor above the executable; set the '\(key)' option")
        }
        return found
    }

    private func mismatch(_ key: String, _ expected: String, _ value: JSONValue) -> ConfigurationError {
        ConfigurationError("stage '\(stage)': option '\(key)' must be \(expected), not \(value.compactDescription)")
    }
}
