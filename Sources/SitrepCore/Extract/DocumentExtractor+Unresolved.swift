/// One document's places the gazetteer lacks, settled: each name in the most precise area any of its uses gave it.
extension DocumentExtractor {
    /// For each unresolved place key named in the readings, the first variant placed in a division ("X town,
    /// Y State"), which later bare uses ("inside X town", placed only in the country) take too.
    static func settledUnresolved(_ readings: [Reading]) -> [String: Place] {
        var out: [String: Place] = [:]
        for r in readings {
            for m in r.facts.places where m.place.isUnresolved && m.place.admin1 != nil && out[m.place.key] == nil {
                out[m.place.key] = m.place
            }
        }
        return out
    }

    /// The location with its unresolved place replaced by the settled variant, if there is one.
    static func settle(_ location: Location?, _ settled: [String: Place]) -> Location? {
        guard var l = location, l.place.isUnresolved, let p = settled[l.place.key], p.admin1 != l.place.admin1 else { return location }
        l.place = p
        return l
    }
}
