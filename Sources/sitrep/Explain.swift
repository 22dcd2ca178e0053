import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep explain FILE…`: how each sentence was read (a developer's view, hidden from help).
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show, sentence by sentence, the dates, places, tolls, actors and triggers sitrep read, and the mentions it made.",
        shouldDisplay: false)
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReporting {
            let (found, tried) = DataLocator.find(explicit: corpus.data)
            guard let data = found else { throw CLIError.noData(tried) }
            let lexicon: Lexicon
            do { lexicon = try Lexicon.load(dataDirectory: data) } catch let e as LexiconError { throw CLIError.dataFiles(e) }
            let loaded = CorpusLoader(defaultPublished: corpus.published.flatMap(CalendarDate.init(iso:))).load(filePaths: RawArguments.filePaths(corpus.paths))
            for p in loaded.problems { Terminal.error(p.description) }
            let extractor = DocumentExtractor(lexicon: lexicon)
            for d in loaded.documents {
                try Terminal.write("== \(Sanitize.oneLine(d.id, limit: 80)) (published \(d.frontMatter.published?.iso ?? "unknown"))\n" + extractor.explain(d) + "\n")
            }
        }
    }
}
