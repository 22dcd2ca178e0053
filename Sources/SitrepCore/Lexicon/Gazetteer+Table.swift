import Foundation

extension Gazetteer {
    /// A tab-separated file kept as raw bytes plus the byte offsets of every field, so loading allocates no strings.
    struct Table: Sendable {
        let file: String
        let bytes: [UInt8]
        let columns: Int
        /// `columns + 1` offsets per row: the start of each field, then the end of the row plus one.
        private(set) var bounds: [UInt32] = []
        private(set) var lines: [Int32] = []

        var count: Int { lines.count }

        /// Splits `bytes` into rows, skipping blank and '#' lines; every row must have `columns` fields.
        /// - Complexity: O(n) in the file size.
        init(file: String, bytes: [UInt8], columns: Int) throws {
            self.file = file; self.bytes = bytes; self.columns = columns
            guard bytes.count < Int(UInt32.max) else { throw LexiconError(file: file, line: 0, message: "file too large") }
            bounds.reserveCapacity(bytes.count / 8)
            lines.reserveCapacity(bytes.count / 64)
            try bytes.withUnsafeBufferPointer { try split($0) }
        }

        private mutating func split(_ buf: UnsafeBufferPointer<UInt8>) throws {
            guard let base = buf.baseAddress else { return }
            var pos = 0, line: Int32 = 0
            let n = buf.count
            while pos < n {
                line += 1
                let newline = memchr(base + pos, 10, n - pos)
                var end = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? n
                let next = end + 1
                if end > pos && buf[end - 1] == 13 { end -= 1 }
                if end > pos && buf[pos] != 35 { try addRow(base, from: pos, to: end, line: line) }
                pos = next
            }
        }

        private mutating func addRow(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, line: Int32) throws {
            var fields = 1, p = start
            bounds.append(UInt32(start))
            while let tab = memchr(base + p, 9, end - p) {
                p = UnsafePointer(tab.assumingMemoryBound(to: UInt8.self)) - base + 1
                fields += 1
                if fields <= columns { bounds.append(UInt32(p)) }
            }
            guard fields == columns else {
                bounds.removeLast(min(fields, columns))
                throw LexiconError(file: file, line: Int(line),
                                   message: "expected \(columns) tab-separated columns, found \(fields)")
            }
            bounds.append(UInt32(end + 1))
            lines.append(line)
        }

        /// Byte range of field `column` in `row`.
        @inline(__always) func range(_ row: Int, _ column: Int) -> Range<Int> {
            let base = row * (columns + 1) + column
            return Int(bounds[base])..<(Int(bounds[base + 1]) - 1)
        }

        /// The field as a String (allocates; for building `Place` values and messages).
        func string(_ row: Int, _ column: Int) -> String {
            String(decoding: bytes[range(row, column)], as: UTF8.self)
        }

        /// The line number of `row`, for error messages.
        func line(_ row: Int) -> Int { Int(lines[row]) }

        /// A validation error at `row`.
        func error(_ row: Int, _ message: String) -> LexiconError {
            LexiconError(file: file, line: line(row), message: message)
        }

        /// Calls `body` with the byte range of each '|'-separated item of a field (empty items skipped).
        func forEachItem(_ row: Int, _ column: Int, _ body: (Range<Int>) throws -> Void) rethrows {
            let r = range(row, column)
            var start = r.lowerBound
            for i in r.lowerBound...r.upperBound where i == r.upperBound || bytes[i] == 124 {
                if i > start { try body(start..<i) }
                start = i + 1
            }
        }
    }
}
