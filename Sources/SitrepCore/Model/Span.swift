/// A half-open range of UTF-8 byte offsets into a file as stored on disk.
public struct ByteSpan: Hashable, Comparable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public var length: Int { end - start }
    public func overlaps(_ o: ByteSpan) -> Bool { start < o.end && o.start < end }
    public func contains(_ o: ByteSpan) -> Bool { start <= o.start && o.end <= end }
    public func union(_ o: ByteSpan) -> ByteSpan { ByteSpan(min(start, o.start), max(end, o.end)) }
    public static func < (a: ByteSpan, b: ByteSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
