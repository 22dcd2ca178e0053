import Foundation

/// A value made the first time it is asked for, once (other threads asking meanwhile wait), then kept; a failure is
/// kept too, so every caller gets the same error.
public final class OnFirstUse<T>: @unchecked Sendable {
    // @unchecked: `made` is only touched under `lock`.
    private let lock = NSLock()
    private let make: () throws -> T
    private var made: Result<T, Error>? = nil

    public init(_ make: @escaping () throws -> T) { self.make = make }

    /// The value, made now on the first call.
    public func value() throws -> T {
        lock.lock(); defer { lock.unlock() }
        if let made { return try made.get() }
        let r = Result { try make() }
        made = r
        return try r.get()
    }

    /// The value if it was made (and did not fail); nil before anyone asked.
    public var ifMade: T? { lock.lock(); defer { lock.unlock() }; return try? made?.get() }
}
