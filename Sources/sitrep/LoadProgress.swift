import Foundation
import SitrepCore

/// The progress line on stderr while a corpus loads: articles read, MB and MB/s, then each stage of the analysis.
/// Shown only on a terminal, once loading has taken half a second or the corpus holds 5 MB (small corpora print
/// nothing); erased before the output or the browser starts.
final class LoadProgress {
    private let start = Date()
    private let enabled: Bool
    private var shown = false
    private var lastDraw = Date.distantPast
    private var megabytes = 0.0
    private var files = 0

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) { self.enabled = enabled }

    /// After each article read (redrawn at most ten times a second).
    func read(files: Int, bytes: Int) {
        self.files = files; megabytes = Double(bytes) / 1_000_000
        // The clock is read every 64 articles only: tiny articles load faster than reading it costs.
        guard enabled, files & 63 == 0, Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        let rate = megabytes / max(Date().timeIntervalSince(start), 1e-3)
        draw(String(format: "reading articles: %d files, %.1f MB (%.1f MB/s)", files, megabytes, rate))
    }

    /// When a stage of the analysis starts.
    func stage(_ s: PipelineStage) {
        let what: String
        switch s {
        case .extract: what = "reading events in"
        case .merge: what = "merging the events of"
        case .disagreements: what = "finding disagreements among"
        case .done: return finish()
        }
        // A corpus of several MB takes seconds to read even when its files loaded fast: say so from its first stage.
        draw(String(format: "%@ %d articles (%.1f MB), %.0f s", what, files, megabytes, Date().timeIntervalSince(start)),
             force: true, big: megabytes >= 5)
    }

    /// Erases the line, if one was drawn.
    func finish() {
        if shown { try? Output.write(Data("\r\u{1B}[K".utf8), to: STDERR_FILENO) }
        shown = false
    }

    private func draw(_ text: String, force: Bool = false, big: Bool = false) {
        guard enabled, big || shown || Date().timeIntervalSince(start) >= 0.5 else { return }
        if !force && Date().timeIntervalSince(lastDraw) < 0.1 { return }
        lastDraw = Date(); shown = true
        try? Output.write(Data(("\r\u{1B}[K" + "sitrep: " + text + "…").utf8), to: STDERR_FILENO)
    }
}
