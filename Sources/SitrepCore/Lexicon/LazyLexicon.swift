import Foundation

/// The data files, loaded the first time they are needed and then kept (a run whose results all come from the
/// corpus index never reads them). A failure is kept too: every caller gets the same error.
public final class LazyLexicon: Sendable {
    private let loaded: OnFirstUse<(lexicon: Lexicon, seconds: Double)>

    public init(_ load: @escaping @Sendable () throws -> Lexicon) {
        loaded = OnFirstUse {
            let t = Date()
            let lexicon = try load()
            return (lexicon, Date().timeIntervalSince(t))
        }
    }
    public convenience init(dataDirectory: URL) { self.init { try Lexicon.load(dataDirectory: dataDirectory) } }
    /// A lexicon in hand.
    public convenience init(_ lexicon: Lexicon) { self.init { lexicon } }

    /// The lexicon, loaded now on the first call (other threads asking meanwhile wait for it).
    public func get() throws -> Lexicon { try loaded.value().lexicon }

    /// Seconds the loading took; nil while nothing asked for it (or it failed).
    public var seconds: Double? { loaded.ifMade?.seconds }
}
