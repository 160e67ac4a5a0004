import Foundation
import Testing
@testable import GlaneurNameTagger

@Suite struct ModelFileTests {
    @Test func modelSurvivesAWriteAndARead() throws {
        let count = NameTagSet.count
        var transitions = [Float](repeating: 0, count: (count + 1) * count)
        transitions[3] = -1.25
        transitions[count + 2] = 0.5
        let model = handBuiltModel([(11, 1, 4.0), (11, 0, -2.5), (22, 5, 0.75), (33, 6, 0.001)], transitions: transitions)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-tagger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("model.gnt")
        try model.write(to: url, minimumWeight: 0.01)
        let read = try NameTaggerModel(contentsOf: url)
        // The feature whose only weight is below the minimum is dropped.
        #expect(read.keys == [11, 22])
        #expect(read.decoder.transitions == transitions)
        for (index, weight) in read.weights.enumerated() {
            #expect(abs(weight - model.weights[index]) < 4.0 / 32767 + 1e-6)
        }
    }

    @Test func truncatedFileIsRejectedWithItsPath() throws {
        let model = handBuiltModel([(11, 1, 4.0)])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-tagger-\(UUID().uuidString).gnt")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let bytes = try Data(contentsOf: url)
        try bytes.dropLast(3).write(to: url)
        #expect(throws: NameTaggerModelError.self) { try NameTaggerModel(contentsOf: url) }
        try Data("not a model".utf8).write(to: url)
        let error = #expect(throws: NameTaggerModelError.self) { try NameTaggerModel(contentsOf: url) }
        #expect(error?.description.contains(url.path) == true)
    }
}
