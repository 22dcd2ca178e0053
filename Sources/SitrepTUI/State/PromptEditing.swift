/// Line editing in a prompt, readline-style: a cursor (in characters) that moves, inserts and deletes.
extension Prompt {
    /// The typed text as characters, for cursor arithmetic.
    var characters: [Character] { Array(text) }

    /// Replaces the text and puts the cursor at its end.
    mutating func setText(_ new: String) {
        text = new
        cursor = new.count
    }

    mutating func insert(_ c: Character) {
        var chars = characters
        let at = min(cursor, chars.count)
        chars.insert(c, at: at)
        text = String(chars); cursor = at + 1
    }

    /// Backspace: the character before the cursor.
    mutating func deleteBackward() {
        var chars = characters
        guard cursor > 0, cursor <= chars.count else { return }
        chars.remove(at: cursor - 1)
        text = String(chars); cursor -= 1
    }

    /// Del: the character under the cursor.
    mutating func deleteForward() {
        var chars = characters
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
        text = String(chars)
    }

    /// Ctrl-W: the word before the cursor and the spaces after it.
    mutating func deleteWordBackward() {
        var chars = characters
        var start = min(cursor, chars.count)
        while start > 0, chars[start - 1].isWhitespace { start -= 1 }
        while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
        chars.removeSubrange(start..<min(cursor, chars.count))
        text = String(chars); cursor = start
    }

    /// Ctrl-K: from the cursor to the end.
    mutating func killToEnd() { text = String(characters.prefix(cursor)) }

    /// Ctrl-U: from the start to the cursor.
    mutating func killToStart() { text = String(characters.dropFirst(cursor)); cursor = 0 }

    mutating func moveCursor(by step: Int) { cursor = max(0, min(text.count, cursor + step)) }

    /// Applies an editing key; false when the key is not an editing key.
    mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(c)
        case .backspace, .ctrl("h"): deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveCursor(by: -1)
        case .right, .ctrl("f"): moveCursor(by: 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("k"): killToEnd()
        case .ctrl("u"): killToStart()
        default: return false
        }
        return true
    }
}
