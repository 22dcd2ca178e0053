import SitrepCore

extension Place: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        self.init(key: try r.string(), name: try r.string(), kind: try r.raw(), admin1: try r.optional { try $0.string() },
                  country: try r.optional { try $0.string() }, countryCode: try r.optional { try $0.string() },
                  lat: try r.double(), lon: try r.double(), population: try r.int())
    }

    func write(to w: inout BinaryWriter) {
        w.string(key); w.string(name); w.string(kind.rawValue); w.optional(admin1) { $0.string($1) }
        w.optional(country) { $0.string($1) }; w.optional(countryCode) { $0.string($1) }
        w.double(lat); w.double(lon); w.int(population)
    }
}

extension Location: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(place: try r.value(), geoPrecision: try r.int()) }
    func write(to w: inout BinaryWriter) { w.value(place); w.int(geoPrecision) }
}
