/// Splits UTF-8 bytes into tokens without copying or moving offsets.
///
/// Sees through NBSP (a space), curly quotes and apostrophes, and dashes; words keep internal apostrophes
/// ("Ma'rib"), hyphens become their own "-" tokens so that "al-Fashir" is "al", "-", "fashir".
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8], from: Int = 0, to: Int? = nil) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0, from: from, to: to ?? bytes.count) }
    }

    static func tokenize(_ b: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((end - from) / 5)
        var i = from
        var space = true
        while i < end {
            let c = b[i]
            if c < 0x80 {
                switch asciiClass(c) {
                case .space: space = true; i += 1
                case .letter, .digit:
                    let t = plainWord(b, i, end, spaceBefore: space) ?? asciiWord(b, i, end, spaceBefore: space)
                        ?? word(b, i, end, spaceBefore: space)
                    tokens.append(t); i = t.end; space = false
                case .apostrophe, .other:
                    tokens.append(asciiPunct(c, start: i, space: space)); i += 1; space = false
                }
                continue
            }
            let (scalar, len) = decode(b, i, end)
            switch classify(scalar) {
            case .space: space = true; i += len
            case .letter, .digit:
                let t = word(b, i, end, spaceBefore: space)
                tokens.append(t); i = t.end; space = false
            case .apostrophe, .other:
                tokens.append(punct(scalar, start: i, len: len, space: space)); i += len; space = false
            }
        }
        return tokens
    }

    /// The commonest word: ASCII letters only, at most 23 of them, no apostrophe, followed by neither a letter nor a
    /// digit beyond ASCII. Its raw text is loaded eight bytes at a time and its key is the same bytes lowercased.
    /// Nil for anything else (`asciiWord` and `word` take those).
    @inline(__always)
    static func plainWord(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, spaceBefore: Bool) -> Token? {
        var i = start, upper = 0
        while i < end {
            let c = b[i]
            if (c | 0x20) &- 97 < 26 { upper &+= c &- 65 < 26 ? 1 : 0; i += 1; continue }
            // A digit, an apostrophe (possibly internal) or a non-ASCII byte: the other paths decide.
            if c &- 48 < 10 || c == 39 || c == 96 || c >= 0x80 { return nil }
            break
        }
        let count = i - start
        guard count <= WordKey.inlineCapacity else { return nil }
        let raw = WordKey.Words(b, start, count)
        let key = raw.lowercasedLetters()
        var t = Token(kind: .word, start: start, end: i, word: key.key(count), rawText: raw.key(count),
                      isCapitalized: b[start] &- 65 < 26, isAllCaps: count > 1 && upper == count, isPossessive: false,
                      spaceBefore: spaceBefore, number: nil)
        t.keyHash = key.hash(count)
        return t
    }

    /// A word of ASCII letters and digits (with internal apostrophes) built without decoding or allocating; nil
    /// when the token reaches beyond ASCII, is a number, ends in a possessive or is too long to store inline.
    @inline(__always)
    static func asciiWord(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, spaceBefore: Bool) -> Token? {
        var key = WordKey.Builder(), raw = WordKey.Builder()
        var i = start, letters = 0, upper = 0, lastWordEnd = start
        while i < end {
            let c = b[i]
            if c &- 97 < 26 { letters += 1 } else if c &- 65 < 26 { letters += 1; upper += 1 } else if c &- 48 < 10 {
                return nil
            } else if c == 39 || c == 96 {
                guard i + 1 < end else { break }
                let n = b[i + 1]
                if n >= 0x80 { return nil }
                guard asciiClass(n) == .letter else { break }
                guard raw.append(c) else { return nil }
                i += 1; continue
            } else if c >= 0x80 { return nil } else { break }
            guard key.append(c | (c &- 65 < 26 ? 32 : 0)), raw.append(c) else { return nil }
            i += 1; lastWordEnd = i
        }
        let possessive = possessiveStart(b, start, lastWordEnd) != nil
        if possessive { key.removeLast() }
        var t = Token(kind: .word, start: start, end: lastWordEnd, word: key.key, rawText: raw.key,
                      isCapitalized: b[start] &- 65 < 26, isAllCaps: letters > 1 && upper == letters, isPossessive: possessive,
                      spaceBefore: spaceBefore, number: nil)
        t.keyHash = key.hash
        return t
    }

    @inline(__always) static func asciiClass(_ c: UInt8) -> Class {
        switch c {
        case 9...13, 32: return .space
        case 48...57: return .digit
        case 65...90, 97...122: return .letter
        case 39, 96: return .apostrophe
        default: return .other
        }
    }

    static func asciiPunct(_ c: UInt8, start: Int, space: Bool) -> Token {
        var key = WordKey.Builder()
        _ = key.append(c == 96 ? 39 : c)
        return Token(kind: .punct, start: start, end: start + 1, word: key.key, rawText: WordKey(), isCapitalized: false,
                     isAllCaps: false, isPossessive: false, spaceBefore: space, number: nil)
    }

    enum Class { case space, letter, digit, apostrophe, other }

    static func classify(_ u: Unicode.Scalar) -> Class {
        let v = u.value
        if v < 128 { return asciiClass(UInt8(v)) }
        if NameKey.apostrophes.contains(u) { return .apostrophe }
        if v == 0xA0 || v == 0x2007 || v == 0x202F || (0x2000...0x200B).contains(v) || v == 0x3000 || v == 0x85 { return .space }
        if u.properties.isAlphabetic { return .letter }
        if u.properties.generalCategory == .nonspacingMark { return .letter }
        if u.properties.numericType != nil { return .digit }
        return .other
    }

    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        var len = 1, v: UInt32 = 0
        if c & 0xE0 == 0xC0 { len = 2; v = UInt32(c & 0x1F) } else if c & 0xF0 == 0xE0 { len = 3; v = UInt32(c & 0x0F) } else if c & 0xF8 == 0xF0 { len = 4; v = UInt32(c & 0x07) } else { return ("\u{FFFD}", 1) }
        guard i + len <= end else { return ("\u{FFFD}", 1) }
        for k in 1..<len { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", len)
    }

    /// A word or number starting at `start`, with its key hash.
    static func word(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, spaceBefore: Bool) -> Token {
        var t = scanWord(b, start, end, spaceBefore: spaceBefore)
        t.keyHash = t.word.withUTF8 { Gazetteer.hash($0) }
        return t
    }

    /// A word or number starting at `start`: letters/digits with internal apostrophes and (for numbers) , or .
    static func scanWord(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, spaceBefore: Bool) -> Token {
        var i = start, letters = 0, digits = 0, upper = 0, lastWordEnd = start
        var firstUpper = false, first = true
        while i < end {
            let c = b[i]
            if c < 128 {
                if (c >= 97 && c <= 122) || (c >= 65 && c <= 90) {
                    letters += 1
                    let isUpper = c <= 90
                    if isUpper { upper += 1 }
                    if first { firstUpper = isUpper }
                    first = false; i += 1; lastWordEnd = i; continue
                }
                if c >= 48 && c <= 57 { digits += 1; first = false; i += 1; lastWordEnd = i; continue }
            }
            let (u, len) = decode(b, i, end)
            let cls = classify(u)
            if cls == .letter || cls == .digit {
                if cls == .letter {
                    letters += 1
                    let isUpper = u.properties.isUppercase
                    if isUpper { upper += 1 }
                    if first { firstUpper = isUpper }
                } else {
                    digits += 1
                }
                first = false; i += len; lastWordEnd = i; continue
            }
            // internal apostrophe or digit separator: only when followed by a letter/digit
            let joiner = cls == .apostrophe || (letters == 0 && (u == "," || u == ".") )
            guard joiner, i + len < end else { break }
            let (next, _) = decode(b, i + len, end)
            let nc = classify(next)
            if cls == .apostrophe && nc == .letter { i += len; continue }
            if cls != .apostrophe && nc == .digit && digits > 0 { i += len; continue }
            break
        }
        return makeWord(b, start, lastWordEnd, letters: letters, digits: digits, upper: upper,
                        firstUpper: firstUpper, space: spaceBefore)
    }

    static func makeWord(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, letters: Int, digits: Int, upper: Int,
                         firstUpper: Bool, space: Bool) -> Token {
        let coreEnd = letters > 0 ? possessiveStart(b, s, e) ?? e : e
        if letters > 0, let key = asciiKey(b, s, coreEnd) {
            let raw = WordKey(bytes: UnsafeBufferPointer(rebasing: b[s..<e]))
            return Token(kind: .word, start: s, end: e, word: key, rawText: raw, isCapitalized: firstUpper,
                         isAllCaps: letters > 1 && upper == letters, isPossessive: coreEnd < e, spaceBefore: space, number: nil)
        }
        let raw = String(decoding: b[s..<e], as: UTF8.self)
        if letters == 0 {
            let digitsOnly = String(decoding: b[s..<e].filter { $0 >= 48 && $0 <= 57 }, as: UTF8.self)
            let value = raw.contains(".") && !raw.contains(",") ? Int(raw.split(separator: ".").first ?? "") : Int(digitsOnly)
            return Token(kind: .number, start: s, end: e, key: digitsOnly, raw: raw, isCapitalized: false, isAllCaps: false,
                         isPossessive: false, spaceBefore: space, number: value)
        }
        let possessive = coreEnd < e
        let key = NameKey.normalize(String(decoding: b[s..<coreEnd], as: UTF8.self))
        return Token(kind: .word, start: s, end: e, key: key, raw: raw, isCapitalized: firstUpper,
                     isAllCaps: letters > 1 && upper == letters, isPossessive: possessive, spaceBefore: space, number: nil)
    }

    /// Where a possessive "'s" or "’s" (either case) starts, when the word has more than one character before it.
    static func possessiveStart(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
        guard e - s >= 3, b[e - 1] == 115 || b[e - 1] == 83 else { return nil }
        let start: Int
        if b[e - 2] == 39 { start = e - 2 }
        else if e - s >= 5, b[e - 4] == 0xE2, b[e - 3] == 0x80, b[e - 2] == 0x99 { start = e - 4 }
        else { return nil }
        let scalars = b[s..<start].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return scalars > 1 ? start : nil
    }

    /// The NameKey of a pure-ASCII word without building scalars: lowercase, apostrophes dropped.
    static func asciiKey(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> WordKey? {
        do {
            let word = UnsafeBufferPointer(rebasing: b[s..<e])
            guard word.allSatisfy({ c in (65...90).contains(c) || (97...122).contains(c) || (48...57).contains(c) || c == 39 || c == 96 })
            else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { out -> WordKey in
                var n = 0
                for c in word where c != 39 && c != 96 {
                    out[n] = (65...90).contains(c) ? c + 32 : c
                    n += 1
                }
                return WordKey(bytes: UnsafeBufferPointer(rebasing: out[0..<n]))
            }
        }
    }

    static func punct(_ u: Unicode.Scalar, start: Int, len: Int, space: Bool) -> Token {
        let key: String
        switch u {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\"": key = "\""
        case "\u{2019}", "\u{2018}", "'", "`": key = "'"
        case "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": key = "--"
        case "\u{2010}", "\u{2011}", "-": key = "-"
        case "\u{2026}": key = "..."
        default: key = String(u)
        }
        return Token(kind: .punct, start: start, end: start + len, key: key, raw: "", isCapitalized: false,
                     isAllCaps: false, isPossessive: false, spaceBefore: space, number: nil)
    }
}
