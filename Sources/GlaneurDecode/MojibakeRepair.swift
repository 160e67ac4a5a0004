/// Repairs UTF-8 text that was decoded as windows-1252 or Latin-1 on its way to us ("Ã©tÃ©" for
/// "été", "â€™" for "’"): such a line is turned back into its bytes and read as UTF-8, and the
/// result is kept when it is valid UTF-8 and free of the telltale pairs. Runs before whitespace
/// normalisation, which would destroy the no-break space inside "Ã\u{A0}" (à).
enum MojibakeRepair {
    /// Windows-1252 bytes 0x80–0x9F by the character they stand for.
    private static let windows1252Bytes: [Unicode.Scalar: UInt8] = {
        var bytes: [Unicode.Scalar: UInt8] = [:]
        for byte in UInt32(0x80)...0x9F {
            if let scalar = Windows1252.scalar(forC1: byte) { bytes[scalar] = UInt8(byte) }
        }
        return bytes
    }()

    /// `text` with each damaged line repaired, and how many lines were.
    static func repairLines(_ text: String) -> (String, Int) {
        guard mayHoldMojibake(text) else { return (text, 0) }
        var repaired = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard let fixed = repair(String(line)) else { return line }
            repaired += 1
            return Substring(fixed)
        }
        return repaired == 0 ? (text, 0) : (lines.joined(separator: "\n"), repaired)
    }

    /// True when the text holds "Ã", "Â" or "â" (UTF-8 C3 83, C3 82, C3 A2) followed by a character
    /// that UTF-8 continuation bytes turn into under windows-1252 (UTF-8 lead C2, C5, CB or E2):
    /// what every such mis-decoding of French or English text produces, and real words do not.
    private static func mayHoldMojibake(_ text: String) -> Bool {
        var before: UInt8 = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if before == 0xC3 && (previous == 0x83 || previous == 0x82 || previous == 0xA2)
                && (byte == 0xC2 || byte == 0xC5 || byte == 0xCB || byte == 0xE2) {
                return true
            }
            before = previous
            previous = byte
        }
        return false
    }

    /// The repaired paragraph, or nil when it shows no mojibake or cannot be repaired.
    static func repair(_ paragraph: String) -> String? {
        guard TextResidue.inspect(paragraph).mojibake, !paragraph.unicodeScalars.contains("\u{FFFD}") else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(paragraph.utf8.count)
        for scalar in paragraph.unicodeScalars {
            if scalar.value < 0x100 {
                bytes.append(UInt8(scalar.value))
            } else if let byte = windows1252Bytes[scalar] {
                bytes.append(byte)
            } else {
                return nil
            }
        }
        guard CharsetDecoding.invalidUTF8Offsets(bytes, limit: 1).isEmpty else { return nil }
        let repaired = String(decoding: bytes, as: UTF8.self)
        return TextResidue.inspect(repaired).mojibake ? nil : repaired
    }
}
