extension Gazetteer {
    /// Builds the `Place` for a row of one of the three tables.
    func place(table: UInt8, row: Int) -> Place {
        let t = tables[Int(table)], c = columns[Int(table)]
        switch table {
        case Self.countryTable where row < countryPlaces.count:
            return countryPlaces[row]
        case Self.countryTable:
            let name = t.string(row, 1)
            return Place(key: "C:" + t.string(row, 0), name: name, kind: .country, admin1: nil, country: name,
                         countryCode: t.string(row, 0), lat: c.lat[row], lon: c.lon[row], population: c.population[row])
        case Self.admin1Table:
            let name = t.string(row, 1), country = Int(c.country[row])
            return Place(key: "A:" + t.string(row, 0), name: name, kind: .admin1, admin1: name,
                         country: countryName(row: country), countryCode: t.string(row, 2),
                         lat: c.lat[row], lon: c.lon[row], population: c.population[row])
        default:
            let country = Int(c.country[row]), admin1 = Int(c.admin1[row])
            return Place(key: t.string(row, 0), name: t.string(row, 1), kind: c.kind[row],
                         admin1: admin1 >= 0 ? admin1Name(row: admin1) : nil,
                         country: countryName(row: country), countryCode: t.string(row, 3),
                         lat: c.lat[row], lon: c.lon[row], population: c.population[row])
        }
    }

    /// The name of the country in row `row` of countries.tsv.
    func countryName(row: Int) -> String { row < countryPlaces.count ? countryPlaces[row].name : tables[0].string(row, 1) }

    /// The name of the division in row `row` of admin1.tsv.
    func admin1Name(row: Int) -> String { row < admin1Names.count ? admin1Names[row] : tables[1].string(row, 1) }

    /// Builds the country places and division names that lookups share instead of re-reading them.
    mutating func cacheSharedNames() {
        countryPlaces = (0..<tables[Int(Self.countryTable)].count).map { place(table: Self.countryTable, row: $0) }
        admin1Names = (0..<tables[Int(Self.admin1Table)].count).map { tables[Int(Self.admin1Table)].string($0, 1) }
    }

    /// Entries reduced to distinct records, first occurrence kept.
    func unique(_ entries: [Entry]) -> [Entry] {
        func id(_ e: Entry) -> UInt64 { UInt64(e.table) << 32 | UInt64(e.row) }
        if entries.count < 2 { return entries }
        guard entries.count > 16 else {
            var out: [Entry] = []
            for e in entries where !out.contains(where: { id($0) == id(e) }) { out.append(e) }
            return out
        }
        var seen = Set<UInt64>()
        return entries.filter { seen.insert(id($0)).inserted }
    }

    func population(_ e: Entry) -> Int { columns[Int(e.table)].population[Int(e.row)] }

    /// Orders the records of one key: countries; then each division, preceded by a city inside it that
    /// has the same key (Aleppo the city before Aleppo Governorate), bigger divisions first; then by population.
    func ranked(_ entries: [Entry]) -> [Entry] {
        let records = unique(entries)
        guard records.count > 1 else { return records }
        let divisions = records.filter { $0.table == Self.admin1Table }.map { Int32($0.row) }
        func order(_ e: Entry) -> (Int, Int, Int32, Int, Int, UInt32) {
            let pop = population(e)
            switch e.table {
            case Self.countryTable: return (0, -pop, 0, 0, 0, e.row)
            case Self.admin1Table: return (1, -pop, Int32(e.row), 1, 0, e.row)
            default:
                let c = columns[Int(Self.placeTable)], a = c.admin1[Int(e.row)]
                if c.kind[Int(e.row)] == .city, divisions.contains(a) {
                    return (1, -columns[Int(Self.admin1Table)].population[Int(a)], a, 0, -pop, e.row)
                }
                return (2, -pop, 0, 0, 0, e.row)
            }
        }
        return records.map { (order($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
