import GlaneurCore

/// Links a claim to the entity its sentence is about: the first entity of the claim's clause (the text after
/// the last colon, semicolon or opening quotation mark before the claim, else the sentence) that is not a
/// complement ("fondateur de X", "selon X"), else the nearest entity before the claim.
struct ClaimSubjectFinder {
    /// Entities sorted by start.
    let entities: [Entity]
    let text: [UInt8]
    /// Its `complement-marker` words make the name after them a complement.
    let lexicon: NumberLexicon

    func subject(for claim: TextSpan, in sentence: TextSpan) -> ClaimSubject? {
        let clause = TextSpan(clauseStart(before: claim.start, in: sentence), sentence.end)
        if clause.start > sentence.start, let subject = firstSubject(for: claim, in: clause), subject.mention.map(clause.contains) == true {
            return subject
        }
        return firstSubject(for: claim, in: sentence)
    }

    private func firstSubject(for claim: TextSpan, in sentence: TextSpan) -> ClaimSubject? {
        var fallback: Entity?
        var first = lowerBound(sentence.start)
        while first < entities.count, entities[first].span.end <= claim.start {
            let entity = entities[first]
            first += 1
            guard sentence.contains(entity.span) else { continue }
            if !isComplement(entity.span) { return ClaimSubject(canonical: entity.canonical, entityID: entity.id, mention: entity.span) }
            fallback = entity
        }
        return fallback.map { ClaimSubject(canonical: $0.canonical, entityID: $0.id, mention: $0.span) }
    }

    /// The offset after the last ":", ";", "«" or "“" between the sentence start and `offset`.
    private func clauseStart(before offset: Int, in sentence: TextSpan) -> Int {
        var position = offset
        while position > sentence.start {
            let byte = text[position - 1]
            if byte == 0x3A || byte == 0x3B { return position }
            // « is C2 AB, “ is E2 80 9C
            if byte == 0xAB, position >= 2, text[position - 2] == 0xC2 { return position }
            if byte == 0x9C, position >= 3, text[position - 2] == 0x80, text[position - 3] == 0xE2 { return position }
            position -= 1
        }
        return sentence.start
    }

    private func lowerBound(_ offset: Int) -> Int {
        var low = 0
        var high = entities.count
        while low < high {
            let middle = (low + high) / 2
            if entities[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the word before the mention makes it a complement ("de DeepSeek", "d'Alibaba", "selon Reuters").
    private func isComplement(_ span: TextSpan) -> Bool {
        var end = span.start
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        // An elided "d'" / "d’" glued to the name.
        if end >= 2, text[end - 1] == 0x27, text[end - 2] | 0x20 == 0x64 { return true }
        if end >= 4, text[end - 3] == 0xE2, text[end - 2] == 0x80, text[end - 1] == 0x99, text[end - 4] | 0x20 == 0x64 { return true }
        var start = end
        while start > 0, (text[start - 1] | 0x20) >= 0x61, (text[start - 1] | 0x20) <= 0x7A { start -= 1 }
        guard start < end else { return false }
        let word = String(decoding: text[start..<end], as: UTF8.self).lowercased()
        return lexicon.word(word, is: .complementMarker)
    }
}
