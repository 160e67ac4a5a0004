import GlaneurCore

/// The parts of a WordPress REST post that matter: `title.rendered`, `content.rendered`, link, date.
/// JSON escapes (`\uXXXX` with surrogate pairs, `\/`) are resolved by the JSON parser.
struct WordPressPayload {
    var title: String?
    var html: String
    var link: String?
    var date: String?
    var truncated: Bool

    /// Reads a post object or the first post of an array, recovering from truncation and raw
    /// control characters; fails when no content can be recovered.
    static func decode(_ bytes: [UInt8]) throws -> WordPressPayload {
        guard let recovery = JSONParser.recover(bytes) else {
            throw StageError(code: "invalid-json", message: "the WordPress payload is not JSON")
        }
        var post = recovery.value
        if case .array(let posts) = post {
            guard let first = posts.first else {
                throw StageError(code: "no-text", message: "the WordPress payload is an empty list")
            }
            post = first
        }
        guard let html = post["content"]?["rendered"]?.stringValue, !html.isEmpty else {
            let reason = recovery.truncated ? "the payload is truncated before any content" : "the payload has no content.rendered"
            throw StageError(code: "no-text", message: reason)
        }
        return WordPressPayload(title: post["title"]?["rendered"]?.stringValue, html: html, link: post["link"]?.stringValue,
                                date: post["date"]?.stringValue, truncated: recovery.truncated)
    }
}
