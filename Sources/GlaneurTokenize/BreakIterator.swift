import CGlaneurICU
import GlaneurCore

/// What a piece may contain, found in one pass when it is read, so that rules skip pieces they
/// cannot apply to. A piece shortened by a rule keeps its features: they say "may contain".
struct PieceFeatures: OptionSet {
    let rawValue: UInt8
    static let nonASCII = PieceFeatures(rawValue: 1)
    static let uppercaseASCII = PieceFeatures(rawValue: 2)
    static let period = PieceFeatures(rawValue: 4)
    /// `'`, or a non-ASCII scalar (which may be ’ or ʼ).
    static let apostrophe = PieceFeatures(rawValue: 8)
    /// `@`, which ICU keeps inside words (`jean@site.fr`, `@handle`).
    static let at = PieceFeatures(rawValue: 16)
    /// A scalar of U+2000–U+2FFF, which may be U+202F NARROW NO-BREAK SPACE (ICU keeps it inside words).
    static let generalPunctuation = PieceFeatures(rawValue: 32)
    static let all = PieceFeatures(rawValue: 0xFF)

    /// Features of `text[start..<end]`, or-ing each byte's features from `table` (see `byteTable`).
    @inline(__always) init(_ text: UTF8Text, _ start: Int, _ end: Int, table: UnsafePointer<UInt8>) {
        var bits: UInt8 = 0
        for offset in start..<end { bits |= table[Int(text[offset])] }
        rawValue = bits
    }

    /// The features each byte value brings: bytes of non-ASCII scalars may be ’.
    static let byteTable: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0xE2: return nonASCII.rawValue | apostrophe.rawValue | generalPunctuation.rawValue
        case 0x80...: return nonASCII.rawValue | apostrophe.rawValue
        case 0x41...0x5A: return uppercaseASCII.rawValue
        case 0x2E: return period.rawValue
        case 0x27: return apostrophe.rawValue
        case 0x40: return at.rawValue
        default: return 0
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }
}

/// A run of text between two ICU word boundaries, with ICU's rule status (number, letter, none).
/// Offsets are stored as `Int32` (16 bytes a piece: a paragraph may hold a piece per byte).
struct WordPiece {
    private var startOffset: Int32
    private var endOffset: Int32
    var status: Int32
    var features: PieceFeatures = .all

    init(start: Int, end: Int, status: Int32, features: PieceFeatures = .all) {
        startOffset = Int32(start)
        endOffset = Int32(end)
        self.status = status
        self.features = features
    }

    var start: Int {
        get { Int(startOffset) }
        set { startOffset = Int32(newValue) }
    }

    var end: Int {
        get { Int(endOffset) }
        set { endOffset = Int32(newValue) }
    }

    var isLetters: Bool { status >= Int32(GL_WORD_LETTER) && status < Int32(GL_WORD_IDEO_LIMIT) }
    var isNumber: Bool { status >= Int32(GL_WORD_NUMBER) && status < Int32(GL_WORD_NUMBER_LIMIT) }
    /// Letters or digits: something a compound or an elision can be made of.
    var isWordLike: Bool { status >= Int32(GL_WORD_NUMBER) && status < Int32(GL_WORD_IDEO_LIMIT) }
    var length: Int { end - start }
}

/// An ICU break iterator that is never pointed at text, only cloned: opened once when the stage
/// is built and shared by the workers, since ICU allows concurrent clones of an idle iterator.
final class BreakIteratorPrototype: @unchecked Sendable {
    fileprivate let iterator: OpaquePointer

    init(kind: gl_break_kind, locale: String) throws {
        var error: UnsafePointer<CChar>?
        guard let iterator = gl_break_open(kind, locale, &error) else {
            let reason = error.map { String(cString: $0) } ?? "unknown error"
            throw ConfigurationError("stage 'tokenize': cannot open an ICU break iterator for \(locale): \(reason)")
        }
        self.iterator = iterator
    }

    deinit { gl_break_close(iterator) }
}

/// An ICU break iterator over one document's UTF-8 text, cloned per document (ICU iterators
/// are stateful and the stage is shared by concurrent workers).
final class BreakIterator {
    private let iterator: OpaquePointer
    private var offsets: [Int32] = []
    private var statuses: [Int32] = []

    /// A clone of `prototype` ready for texts of up to `longestText` bytes.
    init(cloning prototype: BreakIteratorPrototype, longestText: Int) throws {
        guard let iterator = gl_break_clone(prototype.iterator) else {
            throw StageError(code: "icu", message: "cannot clone an ICU break iterator")
        }
        self.iterator = iterator
        reserve(longestText + 1)
    }

    private func reserve(_ capacity: Int) {
        offsets = [Int32](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
        statuses = [Int32](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
    }

    deinit { gl_break_close(iterator) }

    /// Word pieces of `text[range]` that are not white space, in order, with absolute offsets.
    ///
    /// ICU treats U+202F NARROW NO-BREAK SPACE as a word joiner (ExtendNumLet), gluing it to the
    /// words and numbers around it (`Bonjour\u{202F}!`, `«\u{202F}Oui`); French typography uses it
    /// as a space, so pieces are cut there and the number rules decide about digit groups.
    func wordPieces(_ text: UTF8Text, _ range: TextSpan) throws -> [WordPiece] {
        let count = try breakAll(text, range)
        // Each narrow no-break space can add one piece.
        let capacity = count + text.narrowNoBreakSpaceCount(range.start, range.end)
        return PieceFeatures.byteTable.withUnsafeBufferPointer { table in
            [WordPiece](unsafeUninitializedCapacity: capacity) { pieces, pieceCount in
                var previous = range.start
                pieceCount = 0
                for index in 0..<count {
                    let end = range.start + Int(offsets[index])
                    let status = statuses[index]
                    if status >= Int32(GL_WORD_NUMBER) {
                        let features = PieceFeatures(text, previous, end, table: table.baseAddress!)
                        if features.contains(.generalPunctuation), text.containsNarrowNoBreakSpace(previous, end) {
                            for part in text.partsBetweenNarrowNoBreakSpaces(previous, end) {
                                let partStatus = text.isDigitsOnly(part.start, part.end) ? Int32(GL_WORD_NUMBER) : max(status, Int32(GL_WORD_LETTER))
                                pieces[pieceCount] = WordPiece(start: part.start, end: part.end, status: partStatus,
                                                               features: PieceFeatures(text, part.start, part.end, table: table.baseAddress!))
                                pieceCount += 1
                            }
                        } else {
                            pieces[pieceCount] = WordPiece(start: previous, end: end, status: status, features: features)
                            pieceCount += 1
                        }
                    } else if !(end - previous == 1 && text[previous] == 0x20) && !text.isBlank(previous, end) {
                        pieces[pieceCount] = WordPiece(start: previous, end: end, status: status)
                        pieceCount += 1
                    }
                    previous = end
                }
            }
        }
    }

    /// Fills `offsets` and `statuses` with the boundaries of `text[range]`; returns their number.
    private func breakAll(_ text: UTF8Text, _ range: TextSpan) throws -> Int {
        let capacity = range.length + 1
        if offsets.count < capacity { reserve(capacity) }
        let base = UnsafeRawPointer(text.bytes.baseAddress!).assumingMemoryBound(to: CChar.self) + range.start
        let count = offsets.withUnsafeMutableBufferPointer { offsetBuffer in
            statuses.withUnsafeMutableBufferPointer { statusBuffer in
                gl_break_all(iterator, base, Int64(range.length), offsetBuffer.baseAddress,
                             statusBuffer.baseAddress, Int64(offsetBuffer.count))
            }
        }
        guard count >= 0 else {
            throw StageError(code: "icu", message: "ICU could not break the text of bytes \(range.start)..<\(range.end)")
        }
        return Int(count)
    }
}
