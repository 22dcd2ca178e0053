import Foundation
import SitrepCore

/// A corpus that looks like an analyst's archive, built from article files: each cluster of outlets is copied again
/// and again, every copy moved to another week across two years (publication dates and the dates in the text), its
/// places replaced by other towns of the same country and its figures changed, so that copies do not merge.
struct RealisticCorpus {
    /// One article of the source folder: its file's text and the cluster it belongs to.
    struct Seed { var id: String; var text: String; var cluster: String }
    /// One generated file: its name (without extension) and its text.
    struct File { var name: String; var text: String }

    let seeds: [Seed]
    /// Per seed article, the names of its towns and sites (as spelled in the text) with their country codes.
    let places: [[(name: String, countryCode: String)]]
    /// Towns to put in their place, per country code, in the gazetteer's order.
    let towns: [String: [String]]
    /// Per seed article, the year its dates without one are in.
    let years: [Int]

    /// The files of one copy of every cluster, copy after copy, until `megabytes` are written.
    func files(megabytes: Double) -> [File] {
        let clusters = Dictionary(grouping: seeds.indices, by: { seeds[$0].cluster }).sorted { $0.key < $1.key }.map(\.value)
        guard !clusters.isEmpty else { return [] }
        let templates = seeds.indices.map { i in
            CopyText(seeds[i].text, places: places[i].map(\.name), year: years[i])
        }
        var out: [File] = [], total = 0, copy = 0
        while Double(total) < megabytes * 1_000_000 {
            for (c, members) in clusters.enumerated() where Double(total) < megabytes * 1_000_000 {
                let variant = Variant(seed: UInt64(copy) &* 1_000_003 &+ UInt64(c))
                let names = renames(members, variant)
                for i in members {
                    let text = Self.addressed(templates[i].text(weeks: variant.weeks, tollShift: variant.tollShift, renames: names),
                                              copy: copy, id: seeds[i].id)
                    out.append(File(name: "r\(copy)-" + seeds[i].id, text: text))
                    total += text.utf8.count
                }
            }
            copy += 1
        }
        return out
    }

    /// The replacements of a cluster's places in one copy: each town another town of its country.
    func renames(_ members: [Int], _ v: Variant) -> [String: String] {
        var out: [String: String] = [:]
        for i in members {
            for p in places[i] where out[p.name] == nil {
                guard let list = towns[p.countryCode], !list.isEmpty else { continue }
                out[p.name] = list[Int(v.pick(p.name) % UInt64(list.count))]
            }
        }
        return out
    }
}

extension RealisticCorpus {
    /// `text` with an address of its own: each copy is a page of its own, so even a copy that nothing else changes
    /// (an undated article without figures or towns the gazetteer knows) is not the same file as another copy.
    static func addressed(_ text: String, copy: Int, id: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return text }
        if let u = lines[1..<end].firstIndex(where: { $0.hasPrefix("url:") }) {
            lines[u] += (lines[u].contains("?") ? "&" : "?") + "copy=\(copy)"
        } else {
            lines.insert("url: https://archive.invalid/r\(copy)/\(id)", at: end)
        }
        return lines.joined(separator: "\n")
    }
}

/// The choices of one copy of a cluster, from a seed: its shift in weeks (under two years) and its figures' shift.
struct Variant {
    let seed: UInt64
    var weeks: Int { Int(Self.mix(seed) % 104) }
    var tollShift: Int { Int(Self.mix(seed &+ 7) % 9) + 1 }
    func pick(_ name: String) -> UInt64 { Self.mix(seed ^ UInt64(truncatingIfNeeded: name.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) })) }
    /// SplitMix64's finaliser: a fixed, well-spread hash (Swift's `Hasher` is seeded per run).
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
