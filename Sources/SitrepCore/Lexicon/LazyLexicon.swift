import Foundation

/// The data files, loaded the first time they are needed and then kept (a run whose results all come from the
/// corpus index never reads them). A failure is kept too: every caller gets the same error.
public final class LazyLexicon: @unchecked Sendable {
    // @unchecked: `result` and `loadSeconds` are only touched under `lock`.
    private let lock = NSLock()
    private let load: @Sendable () throws -> Lexicon
    private var result: Result<Lexicon, Error>? = nil
    private var loadSeconds: Double? = nil

    public init(_ load: @escaping @Sendable () throws -> Lexicon) { self.load = load }
    public convenience init(dataDirectory: URL) { self.init { try Lexicon.load(dataDirectory: dataDirectory) } }
    /// A lexicon in hand.
    public convenience init(_ lexicon: Lexicon) { self.init { lexicon } }

    /// The lexicon, loaded now on the first call (other threads asking meanwhile wait for it).
    public func get() throws -> Lexicon {
        lock.lock(); defer { lock.unlock() }
        if let result { return try result.get() }
        let t = Date()
        let r = Result { try load() }
        result = r; loadSeconds = Date().timeIntervalSince(t)
        return try r.get()
    }

    /// Seconds the loading took; nil while nothing asked for it.
    public var seconds: Double? { lock.lock(); defer { lock.unlock() }; return loadSeconds }
}
