import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What a conditional GET of a feed returned.
public enum FeedFetch: Sendable {
    /// 200: the body and the validators to send next time.
    case fetched(body: [UInt8], etag: String?, lastModified: String?)
    /// 304: nothing changed since the validators were issued; no body was transferred.
    case notModified
}

/// Polls http(s) feeds with conditional GET (`If-None-Match` / `If-Modified-Since`).
public struct FeedFetcher: Sendable {
    public var timeout: TimeInterval

    public init(timeout: TimeInterval = 30) {
        self.timeout = timeout
    }

    /// Fetches `url`, sending the stored validators; throws a message naming the URL on failure.
    public func fetch(_ url: URL, etag: String?, lastModified: String?) throws -> FeedFetch {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        request.setValue("glaneur-ingest", forHTTPHeaderField: "User-Agent")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }

        final class Box: @unchecked Sendable { var result: Result<(Data, HTTPURLResponse), Error>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(error)
            } else if let response = response as? HTTPURLResponse {
                box.result = .success((data ?? Data(), response))
            } else {
                box.result = .failure(FeedFetchError("\(url.absoluteString): no HTTP response"))
            }
            done.signal()
        }.resume()
        done.wait()
        let (data, response) = try box.result!.mapError { error -> Error in
            error is FeedFetchError ? error : FeedFetchError("\(url.absoluteString): \(error.localizedDescription)")
        }.get()
        switch response.statusCode {
        case 304:
            return .notModified
        case 200..<300:
            return .fetched(body: Array(data),
                            etag: response.value(forHTTPHeaderField: "ETag"),
                            lastModified: response.value(forHTTPHeaderField: "Last-Modified"))
        default:
            throw FeedFetchError("\(url.absoluteString): HTTP \(response.statusCode)")
        }
    }
}

/// A feed that could not be fetched, with the URL and reason.
public struct FeedFetchError: Error, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
