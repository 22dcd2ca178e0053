import Foundation

/// Wall-clock seconds of named steps, in order (what `sitrep index` prints, to show what dominates).
public struct Stages: Sendable, Equatable {
    public struct Stage: Sendable, Equatable {
        public var name: String
        public var seconds: Double
    }
    public private(set) var list: [Stage] = []
    public init() {}

    /// Runs `body`, adding its time to the stage `name`.
    public mutating func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let t = Date()
        defer { add(name, Date().timeIntervalSince(t)) }
        return try body()
    }

    public mutating func add(_ name: String, _ seconds: Double) {
        if let i = list.firstIndex(where: { $0.name == name }) { list[i].seconds += seconds } else { list.append(Stage(name: name, seconds: seconds)) }
    }

    /// "open 0.01 s, decode 0.20 s" with `digits` decimals.
    public func summary(digits: Int) -> String {
        list.map { "\($0.name) " + String(format: "%.\(digits)f s", $0.seconds) }.joined(separator: ", ")
    }
}
