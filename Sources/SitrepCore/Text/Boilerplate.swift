/// What a block of an article is: running prose, a heading-like line, or web boilerplate.
public enum BlockRole: String, Sendable, Codable { case prose, heading, boilerplate }

/// Classifies blocks as prose, heading or boilerplate (navigation, teasers, bios, forms, ads, disclaimers).
///
/// A tail marker ("You May Also Like", "Author profile", "Discover more from" …) on its own line after some prose
/// makes everything below it boilerplate; teasers cut with "…", lines in another language and lines with
/// newsletter, comment-form or disclaimer phrases are boilerplate wherever they stand.
public struct BoilerplateDetector: Sendable {
    public let cues: Cues
    static let english: Set<String> = ["the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "as",
                                       "by", "at", "from", "has", "have", "were", "said", "it", "its", "their", "an", "be",
                                       "are", "had", "this", "which", "who", "after", "but", "not", "they", "he", "she"]

    public init(cues: Cues) { self.cues = cues }

    public func roles(blocks: [Block], tokens: [Token], keys: [WordKey]) -> [BlockRole] {
        var roles: [BlockRole] = []
        var proseWords = 0, inTail = false
        var buffers = Buffers()
        for b in blocks.indices {
            if inTail { roles.append(.boilerplate); continue }
            buffers.fill(blocks[b], tokens: tokens, keys: keys)
            if proseWords > 0, isTailMarker(buffers.words) {
                roles.append(.boilerplate)
                inTail = !isTopBar(b, proseBefore: proseWords, blocks: blocks, tokens: tokens, keys: keys)
                continue
            }
            let role = classify(blocks[b], words: buffers.words, wordTokens: buffers.wordTokens, tokens: tokens, keys: keys)
            if role == .prose { proseWords += buffers.words.count }
            roles.append(role)
        }
        return roles
    }

    /// A block's word tokens and their keys, in buffers reused from block to block.
    private struct Buffers {
        var wordTokens: [Int] = [], words: [WordKey] = []
        mutating func fill(_ block: Block, tokens: [Token], keys: [WordKey]) {
            wordTokens.removeAll(keepingCapacity: true); words.removeAll(keepingCapacity: true)
            wordTokens.reserveCapacity(block.tokens.count); words.reserveCapacity(block.tokens.count)
            for i in block.tokens where tokens[i].kind != .punct { wordTokens.append(i); words.append(keys[i]) }
        }
    }

    /// Whether the tail marker at block `b` is a bar at the top of the article, not its end: less than a paragraph of
    /// prose (`topBarProse` words) stands before it, and more prose follows it (up to the next marker) than precedes it.
    /// Share buttons and "Related" links often sit between the headline's caption and the story.
    private func isTopBar(_ b: Int, proseBefore: Int, blocks: [Block], tokens: [Token], keys: [WordKey]) -> Bool {
        guard proseBefore < Self.topBarProse else { return false }
        var after = 0, buffers = Buffers()
        for block in blocks[(b + 1)...] {
            buffers.fill(block, tokens: tokens, keys: keys)
            if isTailMarker(buffers.words) { break }
            if classify(block, words: buffers.words, wordTokens: buffers.wordTokens, tokens: tokens, keys: keys) == .prose {
                after += buffers.words.count
                if after > proseBefore { return true }
            }
        }
        return false
    }

    /// Words of prose from which on a tail marker always ends the article.
    static let topBarProse = 40

    /// A tail marker ("You May Also Like", "Share this") on a line of its own.
    private func isTailMarker(_ words: [WordKey]) -> Bool { isMarker(words, cues[.boilerplateTail], slack: 4) }

    func classify(_ block: Block, words: [WordKey], wordTokens: [Int], tokens: [Token], keys: [WordKey]) -> BlockRole {
        let phrases = cues[.boilerplateContains]
        let phrase = wordTokens.indices.first { tokens[wordTokens[$0]].startsCue(.boilerplateContains) && phrases.match(words, at: $0) != nil }
        // A page's embed (a tweet, "pic.twitter.com/…") run onto the end of a paragraph of prose leaves the prose before it.
        let afterProse = phrase.map { isCutProse(block.tokens.lowerBound..<wordTokens[$0], wordCount: $0, tokens) } ?? false
        if isMarker(words, cues[.boilerplateBlock], slack: 3) || phrase != nil && !afterProse
            || isLabelled(block, tokens, keys) {
            return .boilerplate
        }
        let last = tokens[block.tokens.upperBound - 1]
        if last.kind == .punct && last.word == "..." || endsWithDots(block, tokens) { return .boilerplate }
        if words.count >= 8 {
            let function = Double(wordTokens.count { tokens[$0].flags.contains(.english) }) / Double(words.count)
            if function < 0.08, Double(wordTokens.count { Self.readsAsEnglish(tokens[$0]) }) / Double(words.count) < 0.25 {
                return .boilerplate
            }
        }
        return isShortProse(words: wordTokens, block, tokens) || isCutProse(block.tokens, wordCount: words.count, tokens)
            || words.count >= 12 && endsWithCredit(block, tokens) || isKeyPoint(words: wordTokens, block, tokens) ? .prose : .heading
    }

    /// A key point under the headline: a line set as a bullet ("-", "•", "*") that is a long sentence in sentence case
    /// without its full stop ("- Nine people were killed on Monday and dozens wounded in clashes between …"). A bullet
    /// list of headlines is short or capitalises its words.
    func isKeyPoint(words: [Int], _ block: Block, _ tokens: [Token]) -> Bool {
        guard words.count >= Self.keyPointWords, tokens[block.tokens.lowerBound].kind == .punct,
              Self.bullets.contains(tokens[block.tokens.lowerBound].word) else { return false }
        return words.dropFirst().count { !tokens[$0].isCapitalized } * 3 >= (words.count - 1) * 2
    }

    static let bullets: [WordKey] = ["-", "--", "•", "*", "·", "▪"]
    /// Words a key point has at least: a headline rarely runs to fourteen.
    static let keyPointWords = 14

    /// A line that ends like prose and has six words, or four in sentence case ("Rebels shelled the town."): a headline
    /// capitalises its words or has no full stop.
    func isShortProse(words: [Int], _ block: Block, _ tokens: [Token]) -> Bool {
        guard words.count >= 4, endsLikeProse(block, tokens) else { return false }
        return words.count >= 6 || words.dropFirst().filter { tokens[$0].isWord && !tokens[$0].isCapitalized }.count >= 2
    }

    /// A paragraph whose last sentence is followed by a picture credit of a few capitalised words ("… on Monday. NP
    /// Image"): the page's credit line run into the prose. A news agency's photo caption, which ends with the picture's
    /// place and day ("… in Tarmola, Nigeria, May 2, 2024. REUTERS/John Smith"), stays what it is.
    func endsWithCredit(_ block: Block, _ tokens: [Token]) -> Bool {
        var i = block.tokens.upperBound - 1, words = 0
        while i > block.tokens.lowerBound, !tokens[i].isSentenceEnd {
            let t = tokens[i]
            if t.isWord { guard t.isCapitalized || t.isAllCaps else { return false }; words += 1 }
            else if !["/", ":", "|", "(", ")", "-"].contains(t.word) { return false }
            guard words <= 4 else { return false }
            i -= 1
        }
        guard words > 0, tokens[i].isSentenceEnd, i - 3 > block.tokens.lowerBound else { return false }
        let year = tokens[i - 1], day = tokens[i - 3]
        return !(year.kind == .number && year.raw.count == 4 && tokens[i - 2].word == "," && day.kind == .number)
    }

    /// A word that shows a line is English: a common function word, or any word of the cue lists ("killed",
    /// "farmers", "near", "week"). Function words alone miss short prose without them ("Last week, gunmen killed two
    /// farmers near X.") and took it for a line in another language; a line with few function words is English when a
    /// quarter of its words are the cue lists' (a foreign line shares one or two with them by chance).
    static func readsAsEnglish(_ t: Token) -> Bool { t.flags.contains(.english) || t.cues.single != 0 }

    /// A paragraph cut off mid-sentence (a truncated page: "… rather than civilians. According to th") whose complete
    /// sentences before the cut are prose: at least two sentence ends and twenty words.
    func isCutProse(_ range: Range<Int>, wordCount: Int, _ tokens: [Token]) -> Bool {
        wordCount >= 20 && range.count { tokens[$0].isSentenceEnd } >= 2
    }

    /// Prose ends with ". ! ?" (possibly inside a closing quote or bracket); headlines and captions do not.
    func endsLikeProse(_ block: Block, _ tokens: [Token]) -> Bool {
        var i = block.tokens.upperBound - 1
        while i > block.tokens.lowerBound, tokens[i].kind == .punct, ["\"", "'", ")"].contains(tokens[i].word) { i -= 1 }
        return tokens[i].isSentenceEnd || tokens[i].word == ":"
    }

    /// A line that starts with a label and a colon: "RELATED: …", "WATCH: …", "Photo: …".
    func isLabelled(_ block: Block, _ tokens: [Token], _ keys: [WordKey]) -> Bool {
        let r = block.tokens
        guard r.count >= 2, tokens[r.lowerBound].startsCue(.boilerplateLabel) else { return false }
        let labels = cues[.boilerplateLabel]
        if let n = labels.match(keys, at: r.lowerBound, end: r.upperBound), r.lowerBound + n < r.upperBound {
            let next = tokens[r.lowerBound + n]
            return next.kind == .punct && (next.word == ":" || next.word == "|")
        }
        return false
    }

    func endsWithDots(_ block: Block, _ tokens: [Token]) -> Bool {
        let r = block.tokens
        guard r.count >= 3 else { return false }
        return tokens[r.upperBound - 3..<r.upperBound].allSatisfy { $0.kind == .punct && $0.word == "." }
    }

    /// The block begins with a phrase of the set and has at most `slack` more words.
    func isMarker(_ words: [WordKey], _ set: PhraseSet, slack: Int) -> Bool {
        guard let n = set.match(words, at: 0) else { return false }
        return words.count <= n + slack
    }
}
