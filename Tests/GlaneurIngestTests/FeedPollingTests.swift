import GlaneurTestSupport
import Foundation
import GlaneurIngest
import XCTest

/// Feeds over HTTP: a loopback server started by the test answers conditional GETs.
final class FeedPollingTests: XCTestCase {
    /// Serves `feed.xml` from its directory with an ETag and Last-Modified, answers 304 to a
    /// matching If-None-Match, and logs "status body-bytes if-none-match" per request.
    private static let server = """
        import http.server, os, sys, hashlib
        root = sys.argv[1]
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                body = open(os.path.join(root, 'feed.xml'), 'rb').read()
                tag = '"' + hashlib.sha1(body).hexdigest() + '"'
                if self.headers.get('If-None-Match') == tag:
                    self.send_response(304); self.send_header('ETag', tag); self.end_headers(); sent = 0
                else:
                    self.send_response(200); self.send_header('ETag', tag)
                    self.send_header('Last-Modified', 'Mon, 07 Dec 2026 10:00:00 GMT')
                    self.send_header('Content-Type', 'application/rss+xml')
                    self.send_header('Content-Length', str(len(body))); self.end_headers()
                    self.wfile.write(body); sent = len(body)
                with open(os.path.join(root, 'requests.log'), 'a') as log:
                    log.write('%d %d %s\\n' % (304 if sent == 0 else 200, sent, self.headers.get('If-None-Match')))
            def log_message(self, *args): pass
        server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """

    func testSecondPollTransfersNoBody() throws {
        let scratch = try TemporaryDirectory()
        var generator = SyntheticArticles(seed: 304)
        let items = (0..<3).map { index in
            let article = generator.article()
            return (guid: "item-\(index)", title: article.title, body: article.body)
        }
        try scratch.write("www/feed.xml", IngestTestSupport.feed(items))
        let script = try scratch.write("server.py", Self.server)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, scratch.url.appendingPathComponent("www").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        var portLine = Data()
        while !portLine.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { return XCTFail("the loopback server did not start") }
            portLine += chunk
        }
        let port = String(decoding: portLine, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let url = "http://127.0.0.1:\(port)/feed.xml"

        let first = try IngestTestSupport.ingest([url], in: scratch.url)
        XCTAssertEqual(first.annotated, 3, first.line)
        XCTAssertEqual(first.notModifiedFeeds, 0)
        let second = try IngestTestSupport.ingest([url], in: scratch.url)
        XCTAssertEqual(second.annotated, 0, second.line)
        XCTAssertEqual(second.notModifiedFeeds, 1, second.line)
        XCTAssertEqual(second.exitCode, 0)

        let log = try String(contentsOf: scratch.url.appendingPathComponent("www/requests.log"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        XCTAssertEqual(log.count, 2)
        XCTAssertEqual(log.first?[0], "200")
        XCTAssertEqual(log.first?[2], "None") // the first poll has no validator to send
        XCTAssertEqual(log.last?[0], "304")
        XCTAssertEqual(log.last?[1], "0") // no body on the second poll
        XCTAssertNotEqual(log.last?[2], "None")

        let records = try IngestTestSupport.records(in: scratch.url).map(\.record)
        XCTAssertEqual(records.map { $0["id"] as! String }.sorted(), ["item-0", "item-1", "item-2"])
        XCTAssertEqual((records.first?["meta"] as? [String: Any])?["url"] as? String, "https://example.org/item-0")
    }

    func testFeedParserReadsAtomAndRSS() throws {
        let atom = """
            <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
            <entry><id>urn:a:1</id><title>One</title><link rel="alternate" href="https://example.org/1"/>
            <summary>short</summary><content type="html">&lt;p&gt;Full text&lt;/p&gt;</content></entry>
            <entry><title>No id</title><link href="https://example.org/2"/><summary>Only a summary</summary></entry>
            </feed>
            """
        let entries = try XCTUnwrap(FeedParser.entries(Array(atom.utf8)))
        XCTAssertEqual(entries.map(\.key), ["urn:a:1", "https://example.org/2"])
        XCTAssertEqual(entries.map(\.content), ["<p>Full text</p>", "Only a summary"])
        XCTAssertEqual(entries.first?.link, "https://example.org/1")

        let rss = """
            <rss version="2.0"><channel><item><title>T</title><link>https://example.org/x</link>
            <description><![CDATA[<p>Described</p>]]></description></item></channel></rss>
            """
        let items = try XCTUnwrap(FeedParser.entries(Array(rss.utf8)))
        XCTAssertEqual(items.map(\.key), ["https://example.org/x"])
        XCTAssertEqual(items.map(\.content), ["<p>Described</p>"])
        XCTAssertNil(FeedParser.entries(Array("<html><body>x</body></html>".utf8)))
    }
}
