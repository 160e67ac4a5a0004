import GlaneurCore

/// URLs, bare domains, e-mail addresses, handles and hashtags: single tokens that ICU leaves in pieces.
extension TokenAssembler {
    /// Assembles a web token starting at piece `index`, or returns nil.
    mutating func assembleWebToken(at index: Int) -> Int? {
        let piece = pieces[index]
        let first = text[piece.start]
        if piece.length == 1 && (first == 0x40 || first == 0x23) { return assembleTag(at: index) }
        guard piece.isWordLike else { return nil }
        if piece.features.contains(.at), let at = text.firstByte(0x40, in: piece.start, piece.end) {
            if at == piece.start, !followsWordCharacter(piece.start), piece.length > 1 {
                record(.handle)
                emit(piece.start, piece.end, .handle)
                return index + 1
            }
            if at > piece.start, let end = emailEnd(localPartStart: piece.start, at: at) {
                record(.email)
                return consume(from: index, through: end, kind: .email)
            }
        }
        if (first | 0x20) == 0x68 || (first | 0x20) == 0x77, let end = schemeURLEnd(from: piece.start) {
            record(.url)
            return consume(from: index, through: end, kind: .url)
        }
        if text.byte(at: piece.end) == 0x40, let end = emailEnd(localPartStart: piece.start, at: piece.end) {
            record(.email)
            return consume(from: index, through: end, kind: .email)
        }
        if piece.isLetters, piece.features.contains(.period), isDomain(piece) {
            record(.url)
            let end = text.byte(at: piece.end) == 0x2F ? trimmedURLEnd(piece.start, scanURL(from: piece.end)) : piece.end
            return consume(from: index, through: end, kind: .url)
        }
        return nil
    }

    /// Emits `start..<end` of piece `index` onward as one token and returns the next piece; a
    /// piece that straddles `end` keeps its remainder.
    private mutating func consume(from index: Int, through end: Int, kind: TokenKind) -> Int {
        emit(pieces[index].start, end, kind)
        var next = index
        while next < pieces.count && pieces[next].end <= end { next += 1 }
        if next < pieces.count && pieces[next].start < end { pieces[next].start = end }
        return next
    }

    /// `@name` and `#tag` when the sign does not follow a letter or digit.
    private mutating func assembleTag(at index: Int) -> Int? {
        let piece = pieces[index]
        guard piece.length == 1, isGlued(index), pieces[index + 1].isWordLike, !followsWordCharacter(piece.start) else { return nil }
        let isHandle = text[piece.start] == 0x40
        if !isHandle && text.isDigit(at: pieces[index + 1].start) { return nil }
        record(isHandle ? .handle : .hashtag)
        emit(piece.start, pieces[index + 1].end, isHandle ? .handle : .hashtag)
        return index + 2
    }

    /// Whether a letter or digit comes just before `offset`.
    private func followsWordCharacter(_ offset: Int) -> Bool {
        guard offset > 0 else { return false }
        let before = text.scalar(before: offset)
        return before.properties.isAlphabetic || before.properties.numericType != nil
    }

    /// End of a URL starting with `http://`, `https://` or `www.` at `start`.
    private func schemeURLEnd(from start: Int) -> Int? {
        let bodyStart: Int
        if text.hasPrefix("https://", at: start) {
            bodyStart = start + 8
        } else if text.hasPrefix("http://", at: start) {
            bodyStart = start + 7
        } else if text.hasPrefix("www.", at: start) {
            bodyStart = start + 4
        } else {
            return nil
        }
        guard text.isLetter(at: bodyStart) || text.isDigit(at: bodyStart) else { return nil }
        return trimmedURLEnd(start, scanURL(from: bodyStart))
    }

    /// Offset of the first character that cannot be part of a URL (space, quote, angle bracket).
    private func scanURL(from start: Int) -> Int {
        var offset = start
        while offset < text.count {
            let value = text[offset]
            if value < 0x80 {
                if value <= 0x20 || value == 0x22 || value == 0x3C || value == 0x3E || value == 0x7F { break }
                offset += 1
                continue
            }
            let (scalar, length) = text.scalar(at: offset)
            if scalar.properties.isWhitespace { break }
            switch scalar.properties.generalCategory {
            case .initialPunctuation, .finalPunctuation, .otherPunctuation, .format: return offset
            default: offset += length
            }
        }
        return offset
    }

    /// `end` with trailing sentence punctuation removed, and closing brackets that open before the URL.
    private func trimmedURLEnd(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start {
            let value = text[end - 1]
            if value == 0x2E || value == 0x2C || value == 0x3B || value == 0x3A || value == 0x21 || value == 0x3F || value == 0x27 {
                end -= 1
            } else if value == 0x29 || value == 0x5D {
                let open: UInt8 = value == 0x29 ? 0x28 : 0x5B
                var balance = 0
                for offset in start..<end { balance += text[offset] == open ? 1 : text[offset] == value ? -1 : 0 }
                guard balance < 0 else { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    /// End of an e-mail address whose `@` is at `at`, or nil.
    private func emailEnd(localPartStart: Int, at: Int) -> Int? {
        var offset = at + 1
        var lastDot = -1
        while offset < text.count {
            let value = text[offset]
            if value == 0x2E {
                lastDot = offset
            } else if !(ScalarClass.isASCIILetter(value) || (value >= 0x30 && value <= 0x39) || value == 0x2D) {
                break
            }
            offset += 1
        }
        while offset > at + 1 && (text[offset - 1] == 0x2E || text[offset - 1] == 0x2D) { offset -= 1 }
        while lastDot >= offset { lastDot = text.lastByte(0x2E, in: at + 1, lastDot) ?? -1 }
        guard lastDot > at + 1, lastDot < offset - 2 else { return nil }
        for index in (lastDot + 1)..<offset where !ScalarClass.isASCIILetter(text[index]) { return nil }
        return offset
    }

    /// Whether a letter piece is a bare domain (`lemonde.fr`): dotted ASCII labels ending in a known
    /// top-level domain written in one case.
    private func isDomain(_ piece: WordPiece) -> Bool {
        var lastDot = -1
        for offset in piece.start..<piece.end {
            let value = text[offset]
            if value == 0x2E {
                guard offset > piece.start, offset - 1 != lastDot else { return false }
                lastDot = offset
            } else if !(ScalarClass.isASCIILetter(value) || (value >= 0x30 && value <= 0x39) || value == 0x2D || value == 0x5F) {
                return false
            }
        }
        guard lastDot > piece.start, lastDot < piece.end - 2, text.hasUniformCase(lastDot + 1, piece.end) else { return false }
        return lexicon.topLevelDomains.contains(text.folded(lastDot + 1, piece.end))
    }
}
