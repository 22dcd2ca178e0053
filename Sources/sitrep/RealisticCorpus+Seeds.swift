import Foundation
import SitrepCore

extension RealisticCorpus {
    /// Reads the articles of `folder`, finds their towns and sites with the pipeline, and the gazetteer's towns of
    /// those countries (from `places.tsv` in `dataDirectory`).
    static func prepare(folder: String, pipeline: Pipeline, dataDirectory: URL) throws -> RealisticCorpus {
        let docs = CorpusLoader().load(paths: [folder]).documents.sorted { $0.id < $1.id }
        let analysis = pipeline.analyse(documents: docs)
        var named: [String: [(name: String, countryCode: String)]] = [:]
        for m in analysis.events.flatMap(\.mentions) {
            guard let p = m.location?.place, p.kind.isLocal, !p.isUnresolved, let cc = p.countryCode else { continue }
            if named[m.doc, default: []].contains(where: { $0.name == p.name }) { continue }
            if docs.first(where: { $0.id == m.doc })?.text.contains(p.name) == true { named[m.doc, default: []].append((p.name, cc)) }
        }
        let seeds = docs.map { Seed(id: $0.id, text: $0.text, cluster: cluster(of: $0.id)) }
        let single = Set(seeds.map(\.cluster)).count == seeds.count
        let countries = Set(named.values.flatMap { $0.map(\.countryCode) })
        let towns = try townsByCountry(dataDirectory.appendingPathComponent("gazetteer/places.tsv"), countries: countries)
        return RealisticCorpus(seeds: single ? seeds.map { Seed(id: $0.id, text: $0.text, cluster: "all") } : seeds,
                               places: docs.map { named[$0.id] ?? [] }, towns: towns,
                               years: docs.map { $0.frontMatter.published?.year ?? 2024 })
    }

    /// "ab1" for "ab1_02": the name before its last "_" (articles of one story share it).
    static func cluster(of id: String) -> String {
        guard let i = id.lastIndex(of: "_") else { return id }
        return String(id[..<i])
    }

    /// Towns of at least 20,000 people with plain ASCII names, per country code, in file order.
    static func townsByCountry(_ url: URL, countries: Set<String>) throws -> [String: [String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [String: [String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count > 7, f[2] == "town", countries.contains(String(f[3])), (Int(f[7]) ?? 0) >= 20_000,
                  f[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == " ") }) else { continue }
            out[String(f[3]), default: []].append(String(f[1]))
        }
        return out
    }
}
