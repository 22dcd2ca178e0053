import Foundation

/// A corpus's vocabulary built once, when first asked or on a thread of its own from `prepare()` on, so that a run
/// without place or actor filters, and the browser's first frame, never wait for it (nor for the data files it
/// needs). Data files that cannot be loaded leave it empty: nothing typed resolves.
public final class PreparedVocabulary: FilterVocabulary, @unchecked Sendable {
    // @unchecked: `started` and `built` are written under `condition` and read only under it.
    private let condition = NSCondition()
    private var started = false
    private var built: CorpusVocabulary?? = nil
    private let make: @Sendable () -> CorpusVocabulary?

    public init(lexicon: Lexicon, analysis: Analysis) {
        make = { CorpusVocabulary(lexicon: lexicon, analysis: analysis) }
    }

    /// A vocabulary of data files loaded when it is built.
    public init(lexicon: LazyLexicon, analysis: Analysis) {
        make = { (try? lexicon.get()).map { CorpusVocabulary(lexicon: $0, analysis: analysis) } }
    }

    /// Starts building the vocabulary on a thread of its own, unless it is built or being built.
    public func prepare() {
        guard claim() else { return }
        Thread { [self] in finish(make()) }.start()
    }

    /// The vocabulary: built here when nothing has started it, else once the thread building it is done; nil when
    /// the data files could not be loaded.
    public var vocabulary: CorpusVocabulary? {
        if claim() { finish(make()) }
        condition.lock()
        defer { condition.unlock() }
        while built == nil { condition.wait() }
        return built!
    }

    /// Whether the caller is the one to build the vocabulary (the first to ask).
    private func claim() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if started { return false }
        started = true
        return true
    }

    private func finish(_ v: CorpusVocabulary?) {
        condition.lock(); built = v; condition.broadcast(); condition.unlock()
    }

    public func places(named text: String) -> [Place] { vocabulary?.places(named: text) ?? [] }
    public func actors(named text: String) -> [String] { vocabulary?.actors(named: text) ?? [] }
    public func placeCompletions(prefix: String, limit: Int) -> [String] { vocabulary?.placeCompletions(prefix: prefix, limit: limit) ?? [] }
    public func actorCompletions(prefix: String, limit: Int) -> [String] { vocabulary?.actorCompletions(prefix: prefix, limit: limit) ?? [] }
}
