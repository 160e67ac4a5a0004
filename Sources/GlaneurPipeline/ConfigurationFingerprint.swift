import Foundation
import GlaneurReport

/// A hash of what decides a run's output besides its input: the pipeline configuration file and
/// every file under the `lexicons/` directory beside it (names and contents, in name order).
/// Reports of different fingerprints do not merge.
public enum ConfigurationFingerprint {
    public static func of(configuration url: URL) -> String {
        var bytes: [UInt8] = (try? Array(Data(contentsOf: url))) ?? Array(url.path.utf8)
        let lexicons = url.deletingLastPathComponent().appendingPathComponent("lexicons")
        let files = (FileManager.default.enumerator(atPath: lexicons.path)?.compactMap { $0 as? String } ?? []).sorted()
        for file in files {
            let path = lexicons.appendingPathComponent(file)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let contents = try? Data(contentsOf: path) else { continue }
            bytes += Array(file.utf8) + [0]
            bytes += Array(contents)
        }
        return "fnv1a64:" + String(StableHash.fnv1a64(bytes: bytes), radix: 16)
    }
}
