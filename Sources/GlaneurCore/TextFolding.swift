import Foundation

/// The folded form used for lexicon matching: lower case, accents removed, typographic apostrophes
/// as `'`, Unicode hyphens as `-`, exotic spaces as ` `, ligatures œ/æ/ß expanded.
public enum TextFolding {
    /// Folds `text`. ASCII and Latin-1/Latin Extended-A letters take a table path; anything else is
    /// lower-cased and canonically decomposed with its combining marks dropped.
    public static func fold(_ text: some StringProtocol) -> String {
        var isASCIILower = true
        for byte in text.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            isASCIILower = false
            break
        }
        if isASCIILower { return String(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            append(scalar, to: &scalars)
        }
        return String(scalars)
    }

    private static func append(_ scalar: Unicode.Scalar, to scalars: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            scalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            return
        }
        if let mapped = latinTable[value] {
            scalars.append(contentsOf: mapped.unicodeScalars)
            return
        }
        switch value {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0x0060, 0x00B4: scalars.append("'")
        case 0x2010, 0x2011, 0x2012, 0x00AD: scalars.append("-")
        case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A, 0x2002, 0x2003, 0x3000: scalars.append(" ")
        default:
            if scalar.properties.generalCategory == .nonspacingMark { return }
            let lowered = scalar.properties.lowercaseMapping
            for piece in lowered.decomposedStringWithCanonicalMapping.unicodeScalars
            where piece.properties.generalCategory != .nonspacingMark {
                scalars.append(piece)
            }
        }
    }

    /// Latin-1 Supplement and Latin Extended-A letters folded to ASCII.
    private static let latinTable: [UInt32: String] = {
        let pairs: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇňŉ", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"),
            ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
            ("Ææ", "ae"), ("Œœ", "oe"), ("ß", "ss"), ("Ðð", "d"), ("Þþ", "th"),
        ]
        var table: [UInt32: String] = [:]
        for (letters, folded) in pairs {
            for scalar in letters.unicodeScalars { table[scalar.value] = folded }
        }
        return table
    }()
}
