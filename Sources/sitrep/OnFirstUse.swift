import Foundation

/// A value made the first time it is asked for, then kept (a failure is not kept: the next ask tries again).
final class OnFirstUse<T>: @unchecked Sendable {
    // @unchecked: `made` is only touched under `lock`.
    private let lock = NSLock()
    private let make: () throws -> T
    private var made: T?

    init(_ make: @escaping () throws -> T) { self.make = make }

    func value() throws -> T {
        lock.lock(); defer { lock.unlock() }
        if let made { return made }
        let v = try make()
        made = v
        return v
    }
}
