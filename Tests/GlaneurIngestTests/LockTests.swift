import GlaneurTestSupport
import Foundation
import GlaneurIngest
import XCTest

/// Two runs on one state: the second fails at once with `locked`, or waits with `wait`.
final class LockTests: XCTestCase {
    func testSecondRunIsRefusedAtOnceOrWaits() throws {
        let scratch = try TemporaryDirectory()
        var generator = SyntheticArticles(seed: 75)
        try scratch.write("drop/a.txt", SyntheticArticles.file(generator.article()))
        let state = scratch.url.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        // Another run, as the kernel sees it: an exclusive flock on the state's lock file.
        let holder = open(state.appendingPathComponent("lock").path, O_RDWR | O_CREAT, 0o644)
        XCTAssertEqual(flock(holder, LOCK_EX | LOCK_NB), 0)

        XCTAssertThrowsError(try IngestTestSupport.ingest([scratch.url.appendingPathComponent("drop").path], in: scratch.url)) { error in
            guard case IngestError.locked(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("another glaneur ingest"), message)
        }

        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { close(holder) }
        let waited = try IngestTestSupport.ingest([scratch.url.appendingPathComponent("drop").path], in: scratch.url) { $0.wait = 30 }
        XCTAssertEqual(waited.annotated, 1, waited.line)
    }
}
