import GlaneurCore

extension UTF8Text {
    /// `TextFolding.fold` of `start..<end`, from the bytes (`TextFolding.fold(utf8:)`).
    func folded(_ start: Int, _ end: Int) -> String {
        TextFolding.fold(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }
}
