import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep bench`: builds a corpus of a given size from the bundled articles and times the whole pipeline.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark: data-file load time, MB/s and articles/s single- and multi-threaded, peak memory.")
    @Option(help: "Corpus size to build, in MB.") var mb: Double = 10
    @Option(help: "Threads for the parallel run (default: all cores).") var workers: Int?
    /// The threads of the parallel run: as given, else every core.
    var threads: Int { workers ?? ProcessInfo.processInfo.activeProcessorCount }
    @Option(help: ArgumentHelp("Folder with sitrep's data files.", valueName: "dir")) var data: String?
    /// Which corpus to build.
    enum Kind: String, ExpressibleByArgument, CaseIterable { case repeated, realistic }
    @Option(help: "repeated: the bundled articles copied as they are (MB/s of the whole pipeline); realistic: clusters moved across two years, other towns, other figures (time and memory per stage).")
    var corpus: Kind = .repeated
    @Option(help: ArgumentHelp("Articles to build the realistic corpus from (default: the bundled articles).", valueName: "dir"))
    var from: String?
    @Option(help: ArgumentHelp("Also write the corpus's files to this folder (kept after the run).", valueName: "dir"))
    var dump: String?

    func validate() throws {
        guard mb.isFinite, mb > 0, mb <= 10_000 else {
            throw ValidationError("--mb '\(mb)' is not a corpus size; give a number of MB above 0 and at most 10000, e.g. --mb 10")
        }
        if let workers, workers < 1 { throw ValidationError("--workers '\(workers)' must be at least 1, e.g. --workers 2") }
    }

    func run() throws {
        try runReporting {
            let (found, tried) = DataLocator.find(explicit: data)
            guard let dir = found else { throw CLIError.noData(tried) }
            var loads: [Double] = []
            var lexicon: Lexicon? = nil
            for _ in 0..<3 {
                let t = Date()
                do { lexicon = try Lexicon.load(dataDirectory: dir) } catch let e as LexiconError { throw CLIError.dataFiles(e) }
                loads.append(Date().timeIntervalSince(t) * 1000)
            }
            if corpus == .realistic { return try runRealistic(lexicon: lexicon!, data: dir) }
            let seeds = CorpusLoader().load(paths: [dir.appendingPathComponent("articles").path]).documents
            let corpus = BenchCorpus.build(from: seeds, megabytes: mb)
            if let dump { try BenchCorpus.write(corpus, to: URL(fileURLWithPath: dump)) }
            let bytes = Double(corpus.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
            let pipeline = Pipeline(lexicon: lexicon!)
            print(String(format: "data files loaded in %.1f ms (first), %.1f ms (best of 3)", loads[0], loads.min()!))
            print(String(format: "corpus: %d articles, %.1f MB (built from %d bundled articles)", corpus.count, bytes, seeds.count))
            print(String(format: "resident before the pipeline (data files and corpus in memory): %.0f MB", BenchCorpus.statusMegabytes("VmRSS:")))
            var single = 0.0
            for w in Array(Set([1, max(1, threads)])).sorted() {
                let peakReset = BenchCorpus.resetPeak()
                let t = Date()
                let a = pipeline.analyse(documents: corpus, workers: w)
                let s = Date().timeIntervalSince(t)
                if w == 1 { single = s }
                print(String(format: "%d thread%@: %.2f s, %.1f MB/s, %.0f articles/s, %d events, %d disagreements%@; peak memory %.0f MB%@",
                             w, w == 1 ? "" : "s", s, bytes / s, Double(corpus.count) / s, a.events.count, a.disagreements.count,
                             w > 1 && single > 0 ? String(format: ", speed-up %.2fx", single / s) : "",
                             BenchCorpus.statusMegabytes("VmHWM:"), peakReset ? "" : " (process peak so far)"))
            }
        }
    }
}

extension Bench {
    /// Builds the realistic corpus (into `--dump` or a temporary folder removed afterwards) and times each stage.
    func runRealistic(lexicon: Lexicon, data: URL) throws {
        let source = from ?? data.appendingPathComponent("articles").path
        let corpus = try RealisticCorpus.prepare(folder: source, pipeline: Pipeline(lexicon: lexicon), dataDirectory: data)
        let folder = dump.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bench-\(getpid())")
        defer { if dump == nil { try? FileManager.default.removeItem(at: folder) } }
        try RealisticBench.run(corpus: corpus, megabytes: mb, folder: folder, lexicon: lexicon, workers: threads)
    }
}

/// A synthetic corpus: the bundled articles repeated with new ids and shifted publication dates, each text its own copy.
enum BenchCorpus {
    static func build(from seeds: [Document], megabytes: Double) -> [Document] {
        guard !seeds.isEmpty else { return [] }
        var out: [Document] = []
        var total = 0, i = 0
        while Double(total) < megabytes * 1_000_000 {
            var d = seeds[i % seeds.count]
            d.id = "bench-\(i)-" + d.id
            d.text = String(decoding: Array(d.text.utf8), as: UTF8.self)   // its own copy, as a real corpus would have
            if let p = d.frontMatter.published { d.frontMatter.published = p.adding(days: (i / seeds.count) % 720) }
            total += d.text.utf8.count
            out.append(d); i += 1
        }
        return out
    }

    /// Writes each document as a file named after its id, its front matter's date the shifted one.
    static func write(_ docs: [Document], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for d in docs {
            var text = d.text
            if let p = d.frontMatter.published, let r = text.range(of: #"(?m)^published:.*$"#, options: .regularExpression) {
                text.replaceSubrange(r, with: "published: " + p.iso)
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent(d.id + ".txt"))
        }
    }

    /// Returns freed memory to the system and restarts the kernel's peak-resident count (VmHWM), so that each
    /// run's peak is its own; false when the kernel refuses the reset.
    static func resetPeak() -> Bool {
        // glibc's malloc_trim, looked up at run time (Swift's Glibc module does not export it).
        if let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(sym, to: (@convention(c) (Int) -> Int32).self)(0)
        }
        guard let f = fopen("/proc/self/clear_refs", "w") else { return false }
        defer { fclose(f) }
        return fputs("5", f) >= 0 && fflush(f) == 0
    }

    /// A memory figure of this process from /proc/self/status ("VmHWM:" peak, "VmRSS:" now), in MB.
    static func statusMegabytes(_ field: String) -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = s.split(separator: "\n").first(where: { $0.hasPrefix(field) }) else { return 0 }
        let kb = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kb / 1024
    }
}
