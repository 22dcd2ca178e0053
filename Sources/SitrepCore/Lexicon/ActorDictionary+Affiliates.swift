import Foundation

extension ActorDictionary {
    /// The regional branch a template stands for in a country ("al-Qaeda-linked militants" in Mali are JNIM), or nil.
    public func affiliate(of template: String, in countryCode: String) -> String? {
        affiliates[template]?[countryCode]
    }

    /// A template's name for a country: its regional branch there (`Data/affiliates.tsv`), else the template filled
    /// with the country's name.
    public func name(of entry: ActorEntry, countryCode: String?, countryName: String?) -> String {
        if entry.isTemplate, let cc = countryCode, let a = affiliate(of: entry.name, in: cc) { return a }
        return entry.resolved(countryName: countryName)
    }

    /// Reads `affiliates.tsv` (template, countries, branch): each template and branch must be an actor of this
    /// dictionary, each country an ISO alpha-2 code.
    mutating func loadAffiliates(file: URL) throws {
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        try parseAffiliates(DataFile.read(file, what: "affiliates"), fileName: file.lastPathComponent)
    }

    mutating func parseAffiliates(_ bytes: [UInt8], fileName: String) throws {
        for (line, fields) in DataFile.rows(bytes) {
            func fail(_ m: String) -> LexiconError { LexiconError(file: fileName, line: line, message: m) }
            guard fields.count == 3 else { throw fail("expected 3 tab-separated columns (template, countries, branch), found \(fields.count)") }
            let template = String(LexiconField.trimmed(fields[0])), branch = String(LexiconField.trimmed(fields[2]))
            guard entry(named: template)?.isTemplate == true else { throw fail("'\(template)' is not a template of actors.tsv") }
            guard entry(named: branch) != nil else { throw fail("'\(branch)' is not an actor of actors.tsv") }
            for cc in LexiconField.trimmed(fields[1]).split(separator: " ") {
                guard cc.count == 2, cc.allSatisfy({ $0.isASCII && $0.isUppercase }) else { throw fail("country '\(cc)' is not an ISO alpha-2 code") }
                affiliates[template, default: [:]][String(cc)] = branch
            }
        }
    }
}
