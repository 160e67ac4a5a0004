import Foundation

/// Every annotation's `text` must equal `text[start:end]` in code points (as Python slices).
/// Returns the number of annotations checked and a description of each mismatch.
func checkOffsets(_ record: [String: Any]) -> (checked: Int, mismatches: [String]) {
    guard let text = record["text"] as? String else { return (0, []) }
    let scalars = Array(text.unicodeScalars)
    var checked = 0
    var mismatches: [String] = []
    func check(_ annotation: [String: Any], _ layer: String) {
        guard let start = annotation["start"] as? Int, let end = annotation["end"] as? Int else { return }
        checked += 1
        guard start >= 0, start <= end, end <= scalars.count else {
            mismatches.append("\(layer) [\(start), \(end)) outside the text")
            return
        }
        let slice = String(String.UnicodeScalarView(scalars[start..<end]))
        if let expected = annotation["text"] as? String, expected != slice {
            mismatches.append("\(layer) [\(start), \(end)): \(expected) vs \(slice)")
        }
    }
    for layer in ["entities", "quotes", "claims", "tokens", "sentences", "paragraphs", "numbers"] {
        for annotation in record[layer] as? [[String: Any]] ?? [] {
            check(annotation, layer)
            if let speaker = annotation["speaker"] as? [String: Any] { check(speaker, layer + ".speaker") }
            if let cue = annotation["cue"] as? [String: Any] { check(cue, layer + ".cue") }
        }
    }
    return (checked, mismatches)
}
