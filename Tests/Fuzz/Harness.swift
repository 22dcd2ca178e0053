import Foundation

/// libFuzzer's entry: one input is one article file's bytes. It is validated and read as the loader reads a file,
/// then the whole pipeline, both exports and the three text reports run on it (with a plain copy of the seed
/// article beside it, so that merging and disagreements run too).
@_cdecl("LLVMFuzzerTestOneInput")
public func sitrepFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer's set-up: the lexicon is loaded before the first input, so that no input's time includes it.
@_cdecl("LLVMFuzzerInitialize")
public func sitrepFuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = FuzzHarness.lexicon
    return 0
}

/// The in-process pipeline the fuzzer drives; the lexicon is loaded once (from `SITREP_DATA`, else `./Data`).
enum FuzzHarness {
    static let lexicon: Lexicon = {
        let dir = ProcessInfo.processInfo.environment["SITREP_DATA"] ?? "Data"
        do { return try Lexicon.load(dataDirectory: URL(fileURLWithPath: dir)) } catch { fatalError("cannot load \(dir): \(error)") }
    }()
    static let companion: Document = {
        let text = "---\noutlet: Plain\npublished: 2024-11-30\n---\nGunmen killed five people in Saraqib on Saturday, a monitor said.\n"
        return try! CorpusLoader().document(from: Array(text.utf8), path: "plain.txt").get()
    }()

    static func run(_ bytes: [UInt8]) {
        let loader = CorpusLoader(defaultPublished: CalendarDate(iso: "2024-12-01"))
        guard case .success(let doc) = loader.document(from: bytes, path: "fuzz\u{1B}[31m.txt") else { return }
        let analysis = Pipeline(lexicon: lexicon).analyse(documents: [doc, companion], problems: [], workers: 1)
        _ = try? JSONExport.data(analysis, generator: "fuzz")
        let outlets = Dictionary(analysis.documents.map { ($0.id, $0.outlet) }, uniquingKeysWith: { a, _ in a })
        let texts = [CSVExport.text(analysis.events, outlets: outlets),
                     TimelineReport(style: TextStyle(enabled: true), outlets: outlets).render(analysis.events, total: analysis.events.count),
                     DisagreementReport(style: .plain, analysis: analysis).render(analysis.disagreements)]
            + analysis.events.map { DisagreementReport(style: .plain, analysis: analysis).show($0) }
        for t in texts { check(t) }
    }

    /// Crashes (so that libFuzzer keeps the input) when a report lets an unsafe scalar through: styling aside, no
    /// control, escape or bidirectional character may reach the terminal.
    static func check(_ text: String) {
        let unstyled = text.replacingOccurrences(of: "\u{1B}[", with: "")
        for u in unstyled.unicodeScalars where u != "\n" && Sanitize.isUnsafe(u) {
            fatalError("unsafe scalar U+\(String(u.value, radix: 16)) in output")
        }
    }
}
