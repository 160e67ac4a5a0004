/// A report that cannot be read, merged or compared, with the reason.
public struct ReportError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
