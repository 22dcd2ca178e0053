/// Everything known about one document before its events are read: layout, actors, places, countries; the focus
/// once its sentences are read.
struct DocumentContext: Sendable {
    let document: Document
    let layout: TextLayout
    /// The publication day (an undated article's is set to each candidate day when its date is inferred).
    var published: CalendarDate?
    let actors: [ActorMatch]
    let hits: [PlaceFinder.Hit]
    /// Whether some hit is a name the text marks as a local place (`PlaceFinder.Hit.local`).
    let hasLocalNames: Bool
    let countries: CountryContext
    let usable: [Int]
    let title: [PlaceMention]
    let lexicon: Lexicon
    /// The place the article is mostly about: the fallback location for events that name none (set by the extractor
    /// from `focus(sentencePlaces:)`).
    var focus: Location? = nil

    init(document: Document, lexicon: Lexicon) {
        self.document = document
        published = document.frontMatter.published
        let layout = TextLayout(document: document, lexicon: lexicon)
        self.layout = layout
        let tokens = layout.tokens
        let usable = layout.blocks.indices.filter { layout.roles[$0] != .boilerplate }
        self.usable = usable
        self.lexicon = lexicon
        let actorFinder = ActorResolver(lexicon: lexicon, remembering: true)
        let firstPass = usable.flatMap { actorFinder.matches(in: layout.blocks[$0].tokens, tokens: tokens, mainCountry: nil) }
        var blocked = TokenSet()
        for m in firstPass {
            let country = Self.possessiveCountry(opening: m, tokens: tokens, gazetteer: lexicon.gazetteer)
            for i in m.tokens where !(country?.contains(i) ?? false) { blocked.insert(i) }
        }
        blocked.formUnion(Self.personNameTokens(tokens: tokens, blocks: usable.map { layout.blocks[$0] }, cues: lexicon.cues))
        let finder = PlaceFinder(lexicon: lexicon)
        let known = usable.flatMap { finder.hits(in: layout.blocks[$0].tokens, tokens: tokens, blocked: blocked) }
        let prose = usable.filter { layout.roles[$0] == .prose }.map { layout.blocks[$0].tokens }
        let local = LocalNameFinder(lexicon: lexicon, tokens: tokens, blocked: blocked, hits: known)
            .hits(adding: known, prose: prose, blocks: usable.map { layout.blocks[$0].tokens })
        hits = local.hits
        hasLocalNames = hits.contains { $0.local != nil }
        var ctx = CountryContext()
        for b in usable {
            // A wire dateline ("LIBREVILLE, GABON —") says where the reporter files from, not what the article is about.
            let block = layout.blocks[b].tokens, start = DocumentExtractor.datelineEnd(layout.blocks[b], tokens: tokens)
            ctx.merge(CountryContext.countries(in: start..<block.upperBound, tokens: tokens, hits: hits[...], gazetteer: lexicon.gazetteer))
        }
        ctx.settle()
        countries = ctx
        let main = ctx.main
        var actors = Self.droppingLocalAbbreviations(firstPass, tokens: tokens)
        actorFinder.fill(&actors, main)
        actors.removeAll {
            Self.isPartOfName($0, tokens: tokens) || Self.isForeignAbbreviation($0, tokens: tokens, countries: ctx, lexicon: lexicon)
                || Self.isInDesignator($0, tokens: tokens, cues: lexicon.cues)
        }
        ActorCoreference.resolve(&actors)
        ActorCoreference.groupReferences(&actors, tokens: tokens, blocks: usable.map { layout.blocks[$0].tokens })
        ActorCoreference.resolveStateForces(&actors)
        self.actors = actors
        title = Self.titlePlaces(document.frontMatter.title, finder: finder, countries: ctx, lexicon: lexicon, names: local.names)
    }

    /// "Lebanon's health ministry", "South Sudan's army": the tokens of a country's name in the possessive that opens
    /// an actor's name; they still name the country as a place (for the article's countries and the event's place).
    static func possessiveCountry(opening a: ActorMatch, tokens: [Token], gazetteer: Gazetteer) -> ClosedRange<Int>? {
        guard tokens[a.tokens.lowerBound].isCapitalized,
              let p = a.tokens.prefix(3).first(where: { tokens[$0].isPossessive }), p + 1 < a.tokens.upperBound else { return nil }
        let name = (a.tokens.lowerBound...p).map { tokens[$0].key }.joined(separator: " ")
        return gazetteer.places(forKey: name).contains { $0.kind == .country } ? a.tokens.lowerBound...p : nil
    }

    /// A generic reference whose capitalised last word opens a longer capitalised name ("Government Secondary School", "Local
    /// Government Area", "Police Station Road"): a name, not an actor.
    static func isPartOfName(_ a: ActorMatch, tokens: [Token]) -> Bool {
        guard a.template != nil, tokens[a.tokens.upperBound - 1].isCapitalized else { return false }
        let next = a.tokens.upperBound
        return next < tokens.count && tokens[next].isWord && tokens[next].isCapitalized && !tokens[next].flags.contains(.startsActor)
    }

    /// "the Dogon Kawo local government area", "the state capital", "a district of the state": a generic reference inside a
    /// place designator, or "the state" naming a capital or after a preposition of place, describes a place, not an actor.
    static func isInDesignator(_ a: ActorMatch, tokens: [Token], cues: Cues) -> Bool {
        guard a.template != nil else { return false }
        let end = a.tokens.upperBound
        if tokens[end - 1].word == "state" {
            if end < tokens.count, tokens[end].word == "capital" { return true }
            // "in Birnin Magaji district of the state": a federated state as a place.
            let before = a.tokens.lowerBound - 1
            if before >= 0, ["of", "in", "across", "throughout"].contains(tokens[before].key), tokens[a.tokens.lowerBound].word == "the" { return true }
        }
        for j in max(0, a.tokens.lowerBound - 2)...a.tokens.lowerBound {
            if let d = LocalNameFinder.designator(at: j, limit: tokens.count, tokens: tokens, cues: cues), d.end >= end { return true }
        }
        return false
    }

    /// A short abbreviation ("SDF", "AA", "RSF", "SDF fighters") of an armed group based in a country the article is
    /// not about: two or three capitals name many things, so the group needs its country in the article ("SDF" in an
    /// article about Mali is not Syria's SDF).
    static func isForeignAbbreviation(_ a: ActorMatch, tokens: [Token], countries: CountryContext, lexicon: Lexicon) -> Bool {
        guard a.template == nil, (2...4).contains(a.inter), a.names.count == 1, !countries.weights.isEmpty else { return false }
        let t = tokens[a.tokens.lowerBound]
        // The abbreviation alone or with a descriptive word ("SDF fighters"), not a longer name it starts ("IS West Africa").
        guard t.isAllCaps, t.rawText.utf8Count <= 3, a.tokens.dropFirst().allSatisfy({ !tokens[$0].isCapitalized }),
              let home = lexicon.actors.entry(named: a.names[0])?.countryCode else { return false }
        return countries.weights[home] == nil
    }

    /// Places named in the front-matter title ("Clashes in Kidal kill 12"): strong evidence of the article's focus. The
    /// local names the article's text found count too.
    static func titlePlaces(_ title: String?, finder: PlaceFinder, countries: CountryContext, lexicon: Lexicon,
                            names: [LocalNameFinder.Name]) -> [PlaceMention] {
        guard let title, !title.isEmpty else { return [] }
        let tokens = lexicon.words.annotated(Tokenizer.tokenize(Array(title.utf8)))
        var hits = finder.hits(in: 0..<tokens.count, tokens: tokens, blocked: [])
        if !names.isEmpty {
            var taken = TokenSet()
            hits += LocalNameFinder(lexicon: lexicon, tokens: tokens, blocked: [], hits: hits).uses(of: names, in: 0..<tokens.count, taken: &taken)
            hits.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        return PlaceResolver(lexicon: lexicon).mentions(in: 0..<tokens.count, tokens: tokens, hits: hits, objectStarts: [],
                                                        document: countries, blockStart: -1)
    }

    /// Tokens of personal names: capitalised runs after a title ("President Bashar al-Assad", "spokesperson Dmitry Peskov").
    /// A name once introduced with a title ("Chief Constable Maria Kennedy") names that person everywhere in the
    /// article ("Ms Kennedy's statement", "Maria Kennedy (left) said"): its given name and surname are no places.
    static func personNameTokens(tokens: [Token], blocks: [Block], cues: Cues) -> TokenSet {
        var out = TokenSet()
        var surnames: [WordKey] = []   // a handful per article: a list beats hashing
        for b in blocks {
            var i = b.tokens.lowerBound
            while i < b.tokens.upperBound {
                guard tokens[i].isCue(.personTitle) else { i += 1; continue }
                var j = i + 1
                while j < b.tokens.upperBound, tokens[j].isCapitalized || PlaceFinder.lowerInside.contains(tokens[j].word) && j + 1 < b.tokens.upperBound && tokens[j + 1].isCapitalized || tokens[j].word == "-" {
                    if tokens[j].isCapitalized && tokens[j].isCue(.personTitle) { break }
                    out.insert(j); j += 1
                }
                // The name's last two words (given name and surname) when the run is a plain name.
                if j > i + 1, tokens[(i + 1)..<j].allSatisfy({ $0.isCapitalized }) {
                    for k in max(i + 1, j - 2)..<j where !surnames.contains(tokens[k].word) { surnames.append(tokens[k].word) }
                }
                i = max(j, i + 1)
            }
        }
        guard !surnames.isEmpty else { return out }
        for b in blocks { for i in b.tokens where tokens[i].isCapitalized && surnames.contains(tokens[i].word) { out.insert(i) } }
        return out
    }

    /// The most reported local place (locative uses and datelines count more), else an admin area, else the country.
    /// `sentencePlaces` holds the place mentions of the prose sentences already read, by position in the layout's
    /// sentences (nil for the others); other sentences and headings are read here.
    func focus(sentencePlaces: [[PlaceMention]?]) -> Location? {
        let resolver = PlaceResolver(lexicon: lexicon)
        func places(_ range: Range<Int>, block: Block) -> [PlaceMention] {
            resolver.mentions(in: range, tokens: layout.tokens, hits: hits, objectStarts: [], document: countries,
                              blockStart: block.tokens.lowerBound, surfaces: false)
        }
        // Per place: total weight, where it was first named, its first mention. An article names a few dozen places,
        // so a list beats hashing keys.
        typealias Weighed = (weight: Double, first: Int, mention: PlaceMention)
        var weights: [Weighed] = []
        func add(_ m: PlaceMention, _ w: Double, first: Int) {
            if let i = weights.firstIndex(where: { $0.mention.place.key == m.place.key }) { weights[i].weight += w } else {
                weights.append((w, first, m))
            }
        }
        func count(_ m: PlaceMention, heading: Bool) {
            // A country named as the neighbour across a border ("near the border with Niger") or where someone fled ("fled
            // to Togo") is not what it is about.
            if m.place.kind == .country, PlaceResolver.namesBorderCountry(m.tokens, range: layout.tokens.indices, tokens: layout.tokens)
                || PlaceResolver.isDestination(m.tokens, range: layout.tokens.indices, tokens: layout.tokens) { return }
            var w = m.isLocative && !m.isDateline ? 2.0 : 1.0
            if heading { w += 0.5 }
            if m.place.kind == .country { w *= 0.3 } else if m.place.kind == .admin1 { w *= 0.6 }
            add(m, w, first: m.tokens.lowerBound)
        }
        for m in title where m.place.kind != .country {
            if let i = weights.firstIndex(where: { $0.mention.place.key == m.place.key }) { weights.remove(at: i) }
            add(m, m.place.kind.isLocal ? 3 : 1.5, first: -1)
        }
        var s = 0
        for b in usable {
            let block = layout.blocks[b]
            while s < layout.sentences.count && layout.sentences[s].block < b { s += 1 }
            guard layout.roles[b] == .prose else {
                for piece in Segmenter.pieces(block.tokens, tokens: layout.tokens) {
                    for m in places(piece, block: block) { count(m, heading: layout.roles[b] == .heading) }
                }
                continue
            }
            while s < layout.sentences.count && layout.sentences[s].block == b {
                for m in sentencePlaces[s] ?? places(layout.sentences[s].tokens, block: block) { count(m, heading: false) }
                s += 1
            }
        }
        // A place in a country nothing in the article speaks for ("Wei" of a compound name read as a city abroad) sets no
        // focus while one in a country the article does speak for is named.
        if !countries.weights.isEmpty {
            let supported = weights.filter { w in w.mention.place.countryCode.map { countries.weights[$0] != nil } ?? true }
            if !supported.isEmpty { weights = supported }
        }
        let mainCountry = countries.main.flatMap { lexicon.gazetteer.country(code: $0) }.map { Location(place: $0, geoPrecision: 3) }
        func lighter(_ a: Weighed, _ b: Weighed) -> Bool { (a.weight, -a.first) < (b.weight, -b.first) }
        guard var best = weights.max(by: lighter) else { return mainCountry }
        // "… evacuated survivors to an airbase in Sicily", in an article about Algeria: a place abroad named once, that
        // only its own name speaks for, is no focus while the article names its country outright; a place there is, or
        // the country.
        if let main = countries.main, let cc = best.mention.place.countryCode, cc != main, best.weight <= CountryContext.oneMention,
           countries.speaksByOneName(cc) {
            guard let home = weights.filter({ $0.mention.place.countryCode == main }).max(by: lighter) else { return mainCountry }
            best = home
        }
        return Location(place: best.mention.place, geoPrecision: best.mention.place.isUnresolved ? 3 : best.mention.place.kind.isLocal ? 2 : 3)
    }
}
