/// What the tagger knows of one token before looking at its neighbours.
struct TokenTraits {
    var word: UInt64
    var shape: UInt64
    /// 0 lower case, 1 initial capital, 2 all capitals, 3 digits, 4 other (punctuation, symbols), 5 mixed case.
    var casing: UInt64
    var length: Int

    /// Traits of a token outside the features' reach.
    init() {
        word = 0
        shape = 0
        casing = 4
        length = 0
    }

    init(_ token: TaggerToken) {
        word = FeatureHashing.hash(token.folded)
        var shapeHash: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0
        var written = 0
        var upper = 0, lower = 0, digits = 0
        var firstIsUpper = false
        var count = 0
        for scalar in token.text.unicodeScalars {
            let symbol: UInt8
            switch Self.letterClass(scalar) {
            case 1:
                symbol = 88; upper += 1
                if count == 0 { firstIsUpper = true }
            case 2:
                symbol = 120; lower += 1
            case 3:
                symbol = 100; digits += 1
            default:
                symbol = scalar.isASCII ? UInt8(scalar.value) : 63
            }
            count += 1
            if symbol != last, written < 6 {
                shapeHash ^= UInt64(symbol)
                shapeHash &*= 0x0000_0100_0000_01b3
                written += 1
                last = symbol
            }
        }
        shape = shapeHash
        length = count
        if upper + lower == 0 {
            casing = digits > 0 ? 3 : 4
        } else if upper == 0 {
            casing = 0
        } else if lower == 0 {
            casing = upper == 1 ? 1 : 2
        } else {
            casing = firstIsUpper && upper == 1 ? 1 : 5
        }
    }

    /// 1 upper case, 2 lower case, 3 digit, 0 anything else; ASCII without a property lookup.
    @inline(__always)
    static func letterClass(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return 1
            case 0x61...0x7A: return 2
            case 0x30...0x39: return 3
            default: return 0
            }
        }
        let properties = scalar.properties
        if properties.isUppercase { return 1 }
        if properties.isLowercase { return 2 }
        return properties.numericType != nil ? 3 : 0
    }
}

/// What the features of a sentence's tokens draw on, computed once per sentence: each token's
/// traits and its lexicon memberships.
struct SentenceContext {
    let traits: [TokenTraits]
    let memberships: [[(klass: Int, position: Int)]]
    /// Hash of each lexicon class name.
    let classNames: [UInt64]

    init(_ tokens: [TaggerToken], lexicon: CompiledTaggerLexicon) {
        self.init(tokens, lexicon: lexicon, windows: [0..<tokens.count])
    }

    /// Computes traits and memberships only within `windows` (sorted, disjoint): features may then
    /// be extracted for positions at least two tokens inside a window's edges, or at a sentence edge.
    /// Phrases are matched within a window.
    init(_ tokens: [TaggerToken], lexicon: CompiledTaggerLexicon, windows: [Range<Int>]) {
        var traits = [TokenTraits](repeating: TokenTraits(), count: tokens.count)
        var memberships = [[(klass: Int, position: Int)]](repeating: [], count: tokens.count)
        for window in windows {
            var hashes: [UInt64] = []
            hashes.reserveCapacity(window.count)
            for index in window {
                traits[index] = TokenTraits(tokens[index])
                hashes.append(traits[index].word)
            }
            for (offset, found) in lexicon.memberships(of: hashes).enumerated() where !found.isEmpty {
                memberships[window.lowerBound + offset] = found
            }
        }
        self.traits = traits
        self.memberships = memberships
        classNames = lexicon.classNames
    }
}

/// The features of each token of a sentence, as 64-bit keys in one flat array: token `t` owns
/// `keys[starts[t]..<starts[t + 1]]`, of which `keys[lexical[t]..<starts[t + 1]]` come from the
/// lexicon (so training can drop them at times and not lean on them alone).
struct SentenceFeatures {
    var keys: [UInt64] = []
    var starts: [Int] = [0]
    var lexical: [Int] = []

    var count: Int { lexical.count }

    func features(of token: Int) -> ArraySlice<UInt64> { keys[starts[token]..<starts[token + 1]] }

    /// Extracts the features of `tokens[positions]`, neighbours looked up within the whole sentence.
    init(_ tokens: [TaggerToken], positions: Range<Int>, lexicon: CompiledTaggerLexicon) {
        self.init(tokens, positions: positions, context: SentenceContext(tokens, lexicon: lexicon))
    }

    init(_ tokens: [TaggerToken], positions: Range<Int>, context: SentenceContext) {
        let traits = context.traits, memberships = context.memberships
        keys.reserveCapacity(positions.count * 40)
        let start: UInt64 = 0x5354_4152_54, end: UInt64 = 0x454e_44
        func word(_ index: Int) -> UInt64 { index < 0 ? start : index >= tokens.count ? end : traits[index].word }
        func shape(_ index: Int) -> UInt64 { index < 0 ? start : index >= tokens.count ? end : traits[index].shape }
        func casing(_ index: Int) -> UInt64 { index < 0 ? 8 : index >= tokens.count ? 9 : traits[index].casing }
        for index in positions {
            let token = traits[index]
            let initial: UInt64 = index == 0 ? 1 : 0
            keys.append(FeatureHashing.feature(0, 0))
            keys.append(FeatureHashing.feature(1, token.word))
            keys.append(FeatureHashing.feature(2, word(index - 1)))
            keys.append(FeatureHashing.feature(3, word(index + 1)))
            keys.append(FeatureHashing.feature(4, word(index - 2)))
            keys.append(FeatureHashing.feature(5, word(index + 2)))
            keys.append(FeatureHashing.feature(6, token.shape))
            keys.append(FeatureHashing.feature(7, shape(index - 1)))
            keys.append(FeatureHashing.feature(8, shape(index + 1)))
            keys.append(FeatureHashing.feature(9, word(index - 1), token.word))
            keys.append(FeatureHashing.feature(10, token.word, word(index + 1)))
            keys.append(FeatureHashing.feature(11, shape(index - 1), token.shape, shape(index + 1)))
            keys.append(FeatureHashing.feature(12, token.casing, initial))
            keys.append(FeatureHashing.feature(13, casing(index - 1), token.casing, casing(index + 1)))
            keys.append(FeatureHashing.feature(14, word(index - 1), token.casing))
            keys.append(FeatureHashing.feature(15, token.casing, word(index + 1)))
            keys.append(FeatureHashing.feature(16, word(index - 2), word(index - 1), token.casing))
            keys.append(FeatureHashing.feature(17, UInt64(min(token.length, 12)), token.casing))
            appendAffixes(of: tokens[index].folded)
            lexical.append(keys.count)
            for offset in -1...1 where index + offset >= 0 && index + offset < tokens.count {
                for (klass, position) in memberships[index + offset] {
                    let name = context.classNames[klass]
                    keys.append(FeatureHashing.feature(20 + UInt64(offset + 1), name, UInt64(position)))
                    if offset == 0 {
                        keys.append(FeatureHashing.feature(23, name, UInt64(position), token.casing))
                    }
                }
            }
            starts.append(keys.count)
        }
    }

    /// Prefixes of 1 to 3 and suffixes of 2 to 4 bytes of the folded word (letters, as folded
    /// words are mostly ASCII), always shorter than the word.
    private mutating func appendAffixes(of folded: String) {
        var folded = folded
        folded.withUTF8 { bytes in
            let count = bytes.count
            guard count > 1 else { return }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for length in 1...min(3, count - 1) {
                hash ^= UInt64(bytes[length - 1])
                hash &*= 0x0000_0100_0000_01b3
                keys.append(FeatureHashing.feature(30, UInt64(length), hash))
            }
            guard count > 2 else { return }
            for length in 2...min(4, count - 1) {
                var suffix: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes[(count - length)...] {
                    suffix ^= UInt64(byte)
                    suffix &*= 0x0000_0100_0000_01b3
                }
                keys.append(FeatureHashing.feature(31, UInt64(length), suffix))
            }
        }
    }
}
