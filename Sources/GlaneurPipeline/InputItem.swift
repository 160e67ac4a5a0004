import GlaneurCore

/// One unit of input in reading order: a document ready for the stages, or the reason it could not be read.
public struct InputItem: Sendable {
    public var id: String
    public var source: String
    public var document: Result<Document, DocumentFailure>

    public init(document: Document) {
        self.id = document.id
        self.source = document.source
        self.document = .success(document)
    }

    public init(id: String, source: String, failure: DocumentFailure) {
        self.id = id
        self.source = source
        self.document = .failure(failure)
    }
}
