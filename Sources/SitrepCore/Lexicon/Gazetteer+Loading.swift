import Foundation

extension Gazetteer {
    /// Loads and validates `countries.tsv`, `admin1.tsv`, `places.tsv`, `not-places.txt` and `ambiguous.txt` from `directory`.
    ///
    /// Throws `LexiconError` naming file and line for a wrong column count, a duplicate key, bad coordinates,
    /// an unknown kind, country code or admin1 code.
    /// - Complexity: O(n) in the total file size.
    public static func load(directory: URL) throws -> Gazetteer {
        func table(_ name: String, _ columns: Int) throws -> Table {
            let url = directory.appendingPathComponent(name)
            return try Table(file: url.path, bytes: readBytes(url), columns: columns)
        }
        var g = Gazetteer(tables: [try table("countries.tsv", 8), try table("admin1.tsv", 8),
                                   try table("places.tsv", 10)])
        try g.loadCountries()
        try g.loadAdmin1()
        try g.loadPlaces()
        try g.loadCapitals()
        g.buildNameIndexes()
        g.cacheSharedNames()
        g.notPlaces = try readNotPlaces(directory.appendingPathComponent("not-places.txt"))
        g.ambiguous = try readAmbiguous(directory.appendingPathComponent("ambiguous.txt"))
        return g
    }

    init(tables: [Table]) {
        self.tables = tables
        columns = [Columns](repeating: Columns(), count: tables.count)
    }

    /// The file's bytes, read straight into an array.
    static func readBytes(_ url: URL) throws -> [UInt8] {
        let fd = open(url.path, O_RDONLY)
        var info = stat()
        guard fd >= 0, fstat(fd, &info) == 0 else {
            if fd >= 0 { close(fd) }
            throw LexiconError(file: url.path, line: 0, message: "cannot read the file; run Scripts/build_gazetteer.py")
        }
        defer { close(fd) }
        let size = Int(info.st_size)
        var done = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            while done < size {
                let n = read(fd, buf.baseAddress! + done, size - done)
                if n <= 0 { break }
                done += n
            }
            count = done
        }
        guard done == size else { throw LexiconError(file: url.path, line: 0, message: "short read") }
        return bytes
    }

    static func readNotPlaces(_ url: URL) throws -> Set<String> {
        let text = String(decoding: try readBytes(url), as: UTF8.self)
        var out = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let word = line.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty { out.insert(word) }
        }
        return out
    }

    private mutating func loadCountries() throws {
        let t = tables[0]
        for row in 0..<t.count {
            guard let cc = Self.packCountryCode(Array(t.bytes[t.range(row, 0)])) else {
                throw t.error(row, "bad country code '\(t.string(row, 0))': expected two capital letters")
            }
            guard countryCodes.updateValue(Int32(row), forKey: cc) == nil else {
                throw t.error(row, "duplicate country code '\(t.string(row, 0))'")
            }
            try appendNumbers(table: 0, row: row, lat: 2, population: 4)
            // A demonym two countries share ("congolese") goes to the more populous.
            let population = columns[0].population
            t.forEachItem(row, 6) { item in
                t.bytes[item].withUnsafeBufferPointer { bytes in
                    guard !bytes.contains(32) else { compoundDemonyms.add(String(decoding: bytes, as: UTF8.self), row: Int32(row)); return }
                    let key = WordKey(bytes: bytes)
                    if let other = demonyms[key], population[Int(other)] >= population[row] { return }
                    demonyms[key] = Int32(row)
                }
            }
        }
    }

    /// Resolves each country's `capital` column (a places.tsv key or empty) to its row.
    private mutating func loadCapitals() throws {
        let t = tables[0]
        capitals = [Int32](repeating: -1, count: t.count)
        for row in 0..<t.count {
            let r = t.range(row, 7)
            guard !r.isEmpty else { continue }
            guard let e = t.bytes[r].withUnsafeBufferPointer({ recordKeys.first($0, in: tables) }) else {
                throw t.error(row, "unknown capital '\(t.string(row, 7))': expected a key of places.tsv")
            }
            capitals[row] = Int32(e.row)
            capitalKeys.insert(t.string(row, 7))
        }
    }

    private mutating func loadAdmin1() throws {
        let t = tables[1]
        var codes = GazetteerIndexBuilder()
        for row in 0..<t.count {
            let r = t.range(row, 0)
            guard !r.isEmpty else { throw t.error(row, "empty admin1 code") }
            codes.add(t, tableID: 1, row: row, range: r)
            columns[1].country.append(try countryRow(t, row, column: 2))
            try appendNumbers(table: 1, row: row, lat: 3, population: 5)
        }
        admin1Codes = try Self.uniqueIndex(codes, table: t, what: "admin1 code")
    }

    private mutating func loadPlaces() throws {
        let t = tables[2]
        var records = GazetteerIndexBuilder(capacity: t.count)
        columns[2].kind.reserveCapacity(t.count)
        for row in 0..<t.count {
            let r = t.range(row, 0)
            guard !r.isEmpty else { throw t.error(row, "empty key") }
            records.add(t, tableID: 2, row: row, range: r)
            columns[2].kind.append(try kind(t, row))
            let country = try countryRow(t, row, column: 3)
            columns[2].country.append(country)
            columns[2].admin1.append(try admin1Row(t, row, country: country))
            try appendNumbers(table: 2, row: row, lat: 5, population: 7)
        }
        recordKeys = try Self.uniqueIndex(records, table: t, what: "key")
    }

    /// Indexes names (keys of all three tables) and skeletons (admin1 and places).
    private mutating func buildNameIndexes() {
        let size = tables.reduce(0) { $0 + $1.bytes.count }
        var names = GazetteerIndexBuilder(capacity: size / 30), skels = GazetteerIndexBuilder(capacity: size / 50)
        let keyColumn = [5, 6, 8]
        for (id, t) in tables.enumerated() {
            let tableID = UInt8(id)
            for row in 0..<t.count {
                names.addItems(of: t, tableID: tableID, row: row, column: keyColumn[id], countTokens: true)
                if id > 0 { skels.addItems(of: t, tableID: tableID, row: row, column: keyColumn[id] + 1) }
            }
        }
        keys = names.build()
        skeletons = skels.build()
        longestKey = names.maxTokens
    }
}
