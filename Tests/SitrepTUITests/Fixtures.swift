import Foundation
import SitrepCore

/// A hand-built analysis over the bundled seed articles: real text, real byte spans, and the disputes the
/// seeds contain (the Idlib airstrike of 1 December: 4 vs 8 killed; the day rebels entered Aleppo).
enum Fixtures {
    /// The package root: `SITREP_ROOT`, else three levels above this file, else the working directory.
    static let root: URL = {
        if let r = ProcessInfo.processInfo.environment["SITREP_ROOT"] { return URL(fileURLWithPath: r) }
        let up = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: up.appendingPathComponent("Data/articles").path) { return up }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    // MARK: Places
    static func place(_ key: String, _ name: String, _ kind: PlaceKind, admin1: String?, lat: Double = 35, lon: Double = 36.6) -> Place {
        Place(key: key, name: name, kind: kind, admin1: admin1, country: "Syria", countryCode: "SY", lat: lat, lon: lon)
    }
    static let syria = Place(key: "C:SY", name: "Syria", kind: .country, admin1: nil, country: "Syria", countryCode: "SY", lat: 35, lon: 38)
    static let idlibGovernorate = place("A:SY.07", "Idlib Governorate", .admin1, admin1: "Idlib Governorate")
    static let aleppoGovernorate = place("A:SY.09", "Aleppo Governorate", .admin1, admin1: "Aleppo Governorate")
    static let hamaGovernorate = place("A:SY.10", "Hama Governorate", .admin1, admin1: "Hama Governorate")
    static let idlib = place("P:169113", "Idlib", .city, admin1: "Idlib Governorate", lat: 35.93, lon: 36.63)
    static let aleppo = place("P:170063", "Aleppo", .city, admin1: "Aleppo Governorate", lat: 36.2, lon: 37.16)
    static let saraqib = place("P:164816", "Saraqib", .town, admin1: "Idlib Governorate", lat: 35.86, lon: 36.8)
    static let maarat = place("P:173576", "Ma'arrat al-Nu'man", .town, admin1: "Idlib Governorate", lat: 35.64, lon: 36.67)
    static let northernHama = place("R:north:A:SY.10", "northern Hama", .region, admin1: "Hama Governorate")
    static let allPlaces = [syria, idlibGovernorate, aleppoGovernorate, hamaGovernorate, idlib, aleppo, saraqib, maarat, northernHama]

    // MARK: Actors
    static let hts = "Hayat Tahrir al-Sham"
    static let syrianForces = "Military Forces of Syria"
    static let russianForces = "Military Forces of Russia"
    static let civilians = "Civilians (Syria)"
    static let rebels = "Opposition Rebels (Syria)"

    // MARK: Documents
    static func loadDocument(_ id: String) -> Document {
        let url = root.appendingPathComponent("Data/articles/\(id).txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? "---\ntitle: missing \(id)\n---\n"
        var fm = FrontMatter()
        var bodyStart = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first == "---" {
            var offset = 4
            for line in lines.dropFirst() {
                offset += line.utf8.count + 1
                if line == "---" { bodyStart = offset; break }
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else { continue }
                switch parts[0] {
                case "title": fm.title = parts[1]
                case "outlet": fm.outlet = parts[1]
                case "published": fm.published = CalendarDate(iso: parts[1])
                default: fm.extra[parts[0]] = parts[1]
                }
            }
        }
        return Document(id: id, path: "Data/articles/\(id).txt", frontMatter: fm, text: text, bodyStart: bodyStart, sha256: "")
    }

    static let cnn = "000_4ad423b35d6fea3c", tutubi = "001_96b56c3d77251b90", reuters = "002_2bfd241fb8a96d5b"
    static let voz = "003_6092dbef1222b700", ssb = "004_9747320c5e3351d4"

    /// The byte span of `quote` in a document (precondition: it occurs).
    static func span(_ doc: Document, _ quote: String) -> ByteSpan {
        guard let r = doc.text.range(of: quote) else { preconditionFailure("fixture quote not in \(doc.id): \(quote)") }
        let start = doc.text.utf8.distance(from: doc.text.startIndex, to: r.lowerBound)
        return ByteSpan(start, start + quote.utf8.count)
    }

    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    struct M {
        var doc: String, quote: String, date: EventDate, place: Place, killed: Int? = nil, qualifier: String? = nil, by: String? = nil
    }

    static func mention(_ m: M, _ docs: [String: Document], type: EventType, sub: String, actors: [ActorRef]) -> Mention {
        let doc = docs[m.doc]!
        return Mention(doc: m.doc, span: span(doc, m.quote), quote: m.quote, trigger: "", eventType: type, subEventType: sub,
                       date: m.date, location: Location(place: m.place, geoPrecision: m.place.kind.isLocal ? 1 : 3),
                       actors: actors, fatalities: m.killed.map { FatalityCount(count: $0, qualifier: m.qualifier) }, claimedBy: m.by)
    }

    static func event(_ id: String, _ type: EventType, _ sub: String, date: EventDate, place: Place, actors: [ActorRef],
                      fatalities: FatalityRange? = nil, disputed: [String] = [], mentions: [M], docs: [String: Document]) -> Event {
        Event(id: id, date: date, location: Location(place: place, geoPrecision: place.kind.isLocal ? 1 : 3), eventType: type,
              subEventType: sub, actors: actors, fatalities: fatalities,
              mentions: mentions.map { mention($0, docs, type: type, sub: sub, actors: actors) }, disputedFields: disputed)
    }

    static func a1(_ n: String, _ inter: Int = 0) -> ActorRef { ActorRef(name: n, role: .actor1, inter: inter) }
    static func a2(_ n: String, _ inter: Int = 0) -> ActorRef { ActorRef(name: n, role: .actor2, inter: inter) }
    static func week(_ best: String, _ from: String, _ to: String) -> EventDate {
        EventDate(date: d(best), earliest: d(from), latest: d(to), precision: .week)
    }

    static let airstrikeQuoteCNN = "The White Helmets, a Syrian volunteer service, said at least four people were killed on Sunday in airstrikes on Idlib city, a province that now appears to be entirely in rebel hands."
    static let airstrikeQuoteVoz = "In this key rebel-held city, where at least eight civilians, including two children, were killed and more than 60 wounded."

    /// The fixture analysis: 10 events in five articles, two with disagreements.
    static let analysis: Analysis = {
        let docs = Dictionary(uniqueKeysWithValues: [cnn, tutubi, reuters, voz, ssb].map { ($0, loadDocument($0)) })
        let dec1 = EventDate.day(d("2024-12-01")), nov30 = EventDate.day(d("2024-11-30")), nov29 = EventDate.day(d("2024-11-29"))
        var events: [Event] = []
        events.append(event("ev-idlib-airstrike", .explosions, "Air/drone strike", date: dec1, place: idlib,
            actors: [a1(syrianForces, 1), a1(russianForces, 8), a2(civilians, 7)],
            fatalities: FatalityRange(low: 4, best: 4, high: 8, count: 4, qualifier: "at least"), disputed: ["fatalities"],
            mentions: [M(doc: cnn, quote: airstrikeQuoteCNN, date: dec1, place: idlib, killed: 4, qualifier: "at least", by: "The White Helmets"),
                       M(doc: voz, quote: airstrikeQuoteVoz, date: dec1, place: idlib, killed: 8, qualifier: "at least",
                         by: "local rescue teams and TASS")], docs: docs))
        events.append(event("ev-aleppo-entry", .battles, "Non-state actor overtakes territory",
            date: EventDate(date: d("2024-11-29"), earliest: d("2024-11-29"), latest: d("2024-11-30"), precision: .day), place: aleppo,
            actors: [a1(hts, 2), a2(syrianForces, 1)], disputed: ["date", "claim"],
            mentions: [M(doc: reuters, quote: "This follows a surprise attack on Friday, when rebel fighters made their way into the city center.", date: nov29, place: aleppo),
                       M(doc: ssb, quote: "By Friday, the jihadist fighters had captured more than 50 towns and villages in northern Syria and entered the western districts of Aleppo", date: nov29, place: aleppo),
                       M(doc: tutubi, quote: "Rebel forces led by the Islamist Hayat Tahrir al-Sham (HTS) stormed Aleppo on Saturday", date: nov30, place: aleppo)], docs: docs))
        events.append(event("ev-idlib-residential", .explosions, "Air/drone strike", date: week("2024-11-30", "2024-11-27", "2024-11-30"),
            place: idlibGovernorate, actors: [a1(syrianForces, 1), a1(russianForces, 8), a2(civilians, 7)],
            fatalities: FatalityRange(low: 4, best: 4, high: 4, count: 4, qualifier: nil),
            mentions: [M(doc: tutubi, quote: "reported that four civilians were killed and six injured in residential areas", date: nov30, place: idlibGovernorate, killed: 4, by: "the Syrian Civil Defense"),
                       M(doc: reuters, quote: "These attacks resulted in the deaths of four civilians and injuries to six more.", date: nov30, place: idlibGovernorate, killed: 4, by: "The Syrian Civil Defence")], docs: docs))
        events.append(event("ev-saraqib", .battles, "Non-state actor overtakes territory", date: week("2024-11-29", "2024-11-27", "2024-11-30"),
            place: saraqib, actors: [a1(hts, 2), a2(syrianForces, 1)],
            mentions: [M(doc: ssb, quote: "including taking the strategic town of Saraqib, which lies on the crucial route to Aleppo", date: nov29, place: saraqib)], docs: docs))
        events.append(event("ev-maarat", .battles, "Non-state actor overtakes territory", date: nov30, place: maarat,
            actors: [a1(hts, 2)],
            mentions: [M(doc: tutubi, quote: "extended their control to Maraat al-Numan in Idlib province", date: nov30, place: maarat)], docs: docs))
        events.append(event("ev-northern-hama", .battles, "Armed clash", date: dec1, place: northernHama,
            actors: [a1(rebels, 2), a2(syrianForces, 1)],
            mentions: [M(doc: voz, quote: "the rebel military command confirmed that its forces also attacked government positions in northern Hama", date: dec1, place: northernHama, by: "the rebel military command")], docs: docs))
        events.append(event("ev-student-residence", .explosions, "Shelling/artillery/missile attack", date: week("2024-11-29", "2024-11-27", "2024-11-30"),
            place: aleppo, actors: [a1(hts, 2), a2(civilians, 7)], fatalities: FatalityRange(low: 4, best: 4, high: 4, count: 4, qualifier: nil),
            mentions: [M(doc: ssb, quote: "state media reported that shelling by Hayat Tahrir al-Sham, a jihadist alliance led by Al-Qaeda’s former branch in Syria, resulted in the deaths of four civilians at a student residence", date: nov29, place: aleppo, killed: 4, by: "state media")], docs: docs))
        events.append(event("ev-aleppo-airport", .strategicDevelopments, "Other", date: nov30, place: aleppo, actors: [a1(syrianForces, 1)],
            mentions: [M(doc: reuters, quote: "On Saturday, the Syrian government shut down Aleppo's airport and all routes leading into the city.", date: nov30, place: aleppo)], docs: docs))
        events.append(event("ev-aleppo-suburb", .explosions, "Air/drone strike", date: nov30, place: aleppo,
            actors: [a1(russianForces, 8), a1(syrianForces, 1), a2(hts, 2)],
            mentions: [M(doc: reuters, quote: "Russian and Syrian warplanes have struck at insurgents in a suburb of Aleppo", date: nov30, place: aleppo, by: "military sources in Syria")], docs: docs))
        events.append(event("ev-russian-claim", .explosions, "Air/drone strike", date: week("2024-11-30", "2024-11-27", "2024-11-30"),
            place: aleppoGovernorate, actors: [a1(russianForces, 8), a2(rebels, 2)],
            fatalities: FatalityRange(low: 300, best: 300, high: 300, count: 300, qualifier: "approximately"),
            mentions: [M(doc: tutubi, quote: "which claimed the strikes killed approximately 300 rebels", date: nov30, place: aleppoGovernorate, killed: 300,
                         qualifier: "approximately", by: "the Russian Centre for the Reconciliation of Enemy Parties")], docs: docs))
        let sorted = events.sorted { ($0.date.date!, $0.location!.place.name, $0.id) < ($1.date.date!, $1.location!.place.name, $1.id) }
        func claim(_ doc: String, _ quote: String, _ value: String, _ by: String?) -> DisagreementClaim {
            DisagreementClaim(doc: doc, span: span(docs[doc]!, quote), quote: quote, value: value, claimedBy: by)
        }
        let disagreements = [
            Disagreement(event: "ev-idlib-airstrike", field: .fatalities, summary: "Death toll of the airstrikes on Idlib city", claims: [
                claim(cnn, airstrikeQuoteCNN, "at least 4 killed", "The White Helmets"),
                claim(voz, airstrikeQuoteVoz, "at least 8 killed, more than 60 wounded", "local rescue teams and TASS")]),
            Disagreement(event: "ev-aleppo-entry", field: .date, summary: "Day the rebels entered Aleppo", claims: [
                claim(reuters, "a surprise attack on Friday, when rebel fighters made their way into the city center", "Fri 29 Nov", nil),
                claim(ssb, "By Friday, the jihadist fighters had captured more than 50 towns and villages in northern Syria and entered the western districts of Aleppo", "by Fri 29 Nov", nil),
                claim(tutubi, "Rebel forces led by the Islamist Hayat Tahrir al-Sham (HTS) stormed Aleppo on Saturday", "Sat 30 Nov", nil)]),
            Disagreement(event: "ev-aleppo-entry", field: .claim, summary: "Whether rebels had entered Aleppo on Friday", claims: [
                claim(reuters, "state-run TV in Syria claimed that rebel forces had not entered the city", "had not entered the city", "state-run TV"),
                claim(ssb, "entered the western districts of Aleppo", "entered the western districts", nil)]),
        ]
        return Analysis(documents: [cnn, tutubi, reuters, voz, ssb].map { docs[$0]! }, events: sorted, disagreements: disagreements)
    }()

    static let vocabulary = FixtureVocabulary(
        places: allPlaces,
        placeAliases: ["Idlib": [idlibGovernorate, idlib], "Idlib province": [idlibGovernorate], "Maraat al-Numan": [maarat],
                       "Maarat al-Numan": [maarat], "Maarrat al-Numan": [maarat], "Hama": [hamaGovernorate], "Aleppo": [aleppoGovernorate, aleppo]],
        actors: [hts, syrianForces, russianForces, civilians, rebels],
        actorAliases: ["HTS": hts, "Syrian army": syrianForces, "rebels": rebels])
}

/// A vocabulary over a fixed list of places and actors, matching names through `NameKey`.
struct FixtureVocabulary: FilterVocabulary {
    var places: [Place]
    var placeAliases: [String: [Place]]
    var actors: [String]
    var actorAliases: [String: String]

    func places(named text: String) -> [Place] {
        let k = NameKey.normalize(text)
        if let hit = placeAliases.first(where: { NameKey.normalize($0.key) == k }) { return hit.value }
        return places.filter { NameKey.normalize($0.name) == k }
    }
    func actors(named text: String) -> [String] {
        let k = NameKey.normalize(text)
        if let hit = actorAliases.first(where: { NameKey.normalize($0.key) == k }) { return [hit.value] }
        return actors.filter { NameKey.normalize($0) == k }
    }
    func placeCompletions(prefix: String, limit: Int) -> [String] {
        complete(prefix, (places.map(\.name) + placeAliases.keys).sorted(), limit)
    }
    func actorCompletions(prefix: String, limit: Int) -> [String] {
        complete(prefix, (actors + actorAliases.keys).sorted(), limit)
    }
    func complete(_ prefix: String, _ names: [String], _ limit: Int) -> [String] {
        let k = NameKey.normalize(prefix)
        var seen = Set<String>()
        return Array(names.filter { NameKey.normalize($0).hasPrefix(k) && seen.insert($0).inserted }.prefix(limit))
    }
}
