import Foundation
import SitrepCore

/// Times the stages of one benchmark run: wall time, MB/s over the corpus and each stage's own peak memory.
final class StageClock {
    private let megabytes: Double
    private var current: (name: String, start: Date, cpu: Double)? = nil
    private(set) var rows: [(name: String, seconds: Double, cpu: Double, peakMB: Double)] = []

    init(megabytes: Double) { self.megabytes = megabytes }

    /// Ends the running stage (if any) and starts `name` with a fresh peak-memory count.
    func start(_ name: String) {
        stop()
        _ = BenchCorpus.resetPeak()
        current = (name, Date(), Self.cpuSeconds())
    }

    /// Ends the running stage.
    func stop() {
        guard let c = current else { return }
        rows.append((c.name, Date().timeIntervalSince(c.start), Self.cpuSeconds() - c.cpu, BenchCorpus.statusMegabytes("VmHWM:")))
        current = nil
    }

    /// User and system CPU time of the whole process so far (all threads), from getrusage.
    static func cpuSeconds() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        let t = { (v: timeval) in Double(v.tv_sec) + Double(v.tv_usec) / 1e6 }
        return t(u.ru_utime) + t(u.ru_stime)
    }

    /// The table: one line per stage (wall and CPU seconds, MB/s, the stage's peak memory), then the totals.
    func table() -> String {
        var out = "stage                 seconds  CPU s     MB/s   peak MB\n"
        for r in rows {
            out += r.name.padding(toLength: 20, withPad: " ", startingAt: 0)
            out += String(format: " %8.2f %6.2f %8.1f %9.0f\n", r.seconds, r.cpu, megabytes / max(r.seconds, 1e-9), r.peakMB)
        }
        let total = rows.reduce(0) { $0 + $1.seconds }, cpu = rows.reduce(0) { $0 + $1.cpu }
        out += "total               " + String(format: " %8.2f %6.2f %8.1f %9.0f (highest stage peak)\n", total, cpu,
                                                megabytes / max(total, 1e-9), rows.map(\.peakMB).max() ?? 0)
        return out
    }
}

/// The realistic run: the corpus written as files, then loaded, analysed, exported and reported stage by stage.
enum RealisticBench {
    static func run(corpus: RealisticCorpus, megabytes: Double, folder: URL, lexicon: Lexicon, workers: Int) throws {
        let files = corpus.files(megabytes: megabytes)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for f in files { try Data(f.text.utf8).write(to: folder.appendingPathComponent(f.name + ".txt")) }
        let mb = Double(files.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
        print(String(format: "corpus: %d articles, %.1f MB, realistic (%d workers)", files.count, mb, workers))
        let clock = StageClock(megabytes: mb)
        clock.start("load")
        var loader = CorpusLoader()
        loader.workers = workers
        let loaded = loader.load(paths: [folder.path])
        let analysis = Pipeline(lexicon: lexicon).analyse(documents: loaded.documents, workers: workers) { s in
            if s != .done { clock.start(s.rawValue) } else { clock.stop() }
        }
        clock.start("JSON export")
        // Streamed as `sitrep export` streams it, counted instead of written.
        var json = 0
        try JSONExport.write(analysis, generator: "sitrep bench") { json += $0.count }
        clock.start("CSV export")
        let timeline = Timeline(analysis)
        let csv = CSVExport.text(analysis.events, outlets: timeline.outlets)
        clock.start("disagreements report")
        let report = DisagreementReport(style: TextStyle(enabled: false), analysis: analysis).render(timeline.disagreements(matching: EventFilter()))
        clock.stop()
        print("\(analysis.events.count) events, \(analysis.disagreements.count) disagreements; JSON \(json / 1_000_000) MB, "
              + "CSV \(csv.utf8.count / 1_000_000) MB, report \(report.utf8.count / 1_000_000) MB")
        print(clock.table(), terminator: "")
    }
}
