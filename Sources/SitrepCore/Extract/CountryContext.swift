/// Which countries an article is about: weights from country names, demonyms and unambiguous places.
public struct CountryContext: Sendable {
    public var weights: [String: Double] = [:]
    public var main: String? { weights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }

    public init() {}

    mutating func add(_ cc: String?, _ w: Double) { if let cc { weights[cc, default: 0] += w } }

    /// Country codes named in `range`: country names, demonyms and places with a single country.
    static func countries(in range: Range<Int>, tokens: [Token], hits: [PlaceFinder.Hit], gazetteer: Gazetteer) -> CountryContext {
        var ctx = CountryContext()
        for h in hits where range.contains(h.tokens.lowerBound) {
            if let cc = h.soleCountry { ctx.add(cc, h.namesCountry ? 1.5 : 2) }
        }
        for i in range where tokens[i].isWord && tokens[i].isCapitalized && tokens[i].flags.contains(.demonym) {
            if let cc = gazetteer.countryCode(forDemonym: tokens[i].word) { ctx.add(cc, 0.5) }
        }
        return ctx
    }
}
