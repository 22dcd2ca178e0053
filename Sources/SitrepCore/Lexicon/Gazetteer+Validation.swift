extension Gazetteer {
    /// Two capital ASCII letters packed into 16 bits, or nil.
    static func packCountryCode<C: Collection>(_ bytes: C) -> UInt16? where C.Element == UInt8 {
        guard bytes.count == 2, bytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        return UInt16(bytes[bytes.startIndex]) << 8 | UInt16(bytes[bytes.index(after: bytes.startIndex)])
    }

    /// Parses lat, lon (columns `lat`, `lat + 1`) and population into `columns[table]`.
    mutating func appendNumbers(table: Int, row: Int, lat: Int, population: Int) throws {
        let t = tables[table]
        guard let y = t.double(row, lat), let x = t.double(row, lat + 1), abs(y) <= 90, abs(x) <= 180 else {
            throw t.error(row, "bad coordinates '\(t.string(row, lat))', '\(t.string(row, lat + 1))': "
                          + "expected decimal degrees, latitude within ±90 and longitude within ±180")
        }
        guard let pop = t.integer(row, population) else {
            throw t.error(row, "bad population '\(t.string(row, population))': expected a whole number")
        }
        columns[table].lat.append(y)
        columns[table].lon.append(x)
        columns[table].population.append(pop)
    }

    /// The countries.tsv row of the country code in `column`.
    func countryRow(_ t: Table, _ row: Int, column: Int) throws -> Int32 {
        guard let cc = Self.packCountryCode(t.bytes[t.range(row, column)]), let c = countryCodes[cc] else {
            throw t.error(row, "unknown country code '\(t.string(row, column))': not in countries.tsv")
        }
        return c
    }

    /// The admin1.tsv row of a place's admin1 code (column 4), -1 when empty; it must be in the same country.
    func admin1Row(_ t: Table, _ row: Int, country: Int32) throws -> Int32 {
        let r = t.range(row, 4)
        if r.isEmpty { return -1 }
        let e = t.bytes.withUnsafeBufferPointer { buf in
            admin1Codes.first(UnsafeBufferPointer(rebasing: buf[r]), in: tables)
        }
        guard let e else { throw t.error(row, "unknown admin1 code '\(t.string(row, 4))': not in admin1.tsv") }
        guard columns[1].country[Int(e.row)] == country else {
            throw t.error(row, "admin1 code '\(t.string(row, 4))' belongs to another country than '\(t.string(row, 3))'")
        }
        return Int32(e.row)
    }

    static let placeKinds: [(bytes: [UInt8], kind: PlaceKind)] =
        [PlaceKind.city, .town, .district, .site, .admin2, .region].map { (Array($0.rawValue.utf8), $0) }

    /// The kind in column 2 of places.tsv.
    func kind(_ t: Table, _ row: Int) throws -> PlaceKind {
        let field = t.bytes[t.range(row, 2)]
        for k in Self.placeKinds where field.elementsEqual(k.bytes) { return k.kind }
        throw t.error(row, "unknown kind '\(t.string(row, 2))': expected one of "
                      + Self.placeKinds.map { $0.kind.rawValue }.joined(separator: ", "))
    }

    /// Builds an index whose keys must be unique; throws at the line of the second occurrence.
    static func uniqueIndex(_ builder: GazetteerIndexBuilder, table t: Table, what: String) throws -> KeyIndex {
        let index = builder.build(unique: t)
        if let i = index.duplicate {
            let e = index.entry(i)
            let key = String(decoding: t.bytes[Int(e.start)..<Int(e.start) + Int(e.length)], as: UTF8.self)
            throw t.error(Int(e.row), "duplicate \(what) '\(key)'")
        }
        return index
    }
}
