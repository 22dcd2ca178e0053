/// Who did what to whom around one event word: the agent (ACLED's actor1) and the patients (actor2), read from the
/// clause with its voice.
///
/// Active: the subject before the verb acts ("police shot two protesters"); objects and "on/against/targeting"
/// phrases are acted upon. Passive ("were abducted by gunmen", "came under fire from rebels"): the "by"/"from" phrase
/// acts and the subject is acted upon. "Clashes between X and Y": X acts, Y is acted upon.
struct ClauseRoles {
    var agent: ActorMatch?
    var patients: [ActorMatch]
    var passive: Bool
    /// Others acting with the agent ("rebels and their allies captured …"): ACLED's associated actors.
    var associates: [ActorMatch] = []

    /// Words that make a participle after them passive ("was stormed", "were reportedly kidnapped").
    static func isPassiveAuxiliary(_ w: WordKey) -> Bool {
        w == "was" || w == "were" || w == "is" || w == "are" || w == "be" || w == "been" || w == "being" || w == "got"
            || w == "get" || w == "gets" || w == "getting"
    }

    /// "an attack", "a deadly assault", "an August raid": an article before the word (over two modifiers) makes a
    /// verb-class trigger a noun.
    static func articleBefore(_ h: TriggerHit, clause: Range<Int>, tokens: [Token]) -> Bool {
        var j = h.tokens.lowerBound - 1, steps = 0
        while j >= clause.lowerBound && steps < 3 {
            let w = tokens[j].word
            if w == "a" || w == "an" || w == "the" { return true }
            guard tokens[j].isWord, !tokens[j].isCue(.auxiliary), !DocumentExtractor.isPastForm(tokens[j]) || steps > 0 && w.endsWith("ed") else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// Verbs whose subject loses ground: "X lost control of Y (to Z)", "Y fell to Z".
    static let lossVerbs: Set<WordKey> = ["lose", "loses", "lost", "losing", "fall", "falls", "fell", "fallen", "falling"]

    /// Reads the roles of `h` among `parties` (the clause's actors that are not sources, in text order); for a verb of
    /// losing ground the one who takes it acts and the one who loses it is acted upon.
    static func read(_ h: TriggerHit, clause: Range<Int>, tokens: [Token], parties: [ActorMatch]) -> ClauseRoles {
        var roles = readVoice(h, clause: clause, tokens: tokens, parties: parties)
        if h.trigger.isTerritory, lossVerbs.contains(tokens[h.tokens.lowerBound].word) {
            let gainer = roles.patients.first
            roles.patients = roles.agent.map { [$0] } ?? []
            roles.agent = gainer
        }
        return roles
    }

    /// The roles as the clause's voice gives them.
    static func readVoice(_ h: TriggerHit, clause: Range<Int>, tokens: [Token], parties: [ActorMatch]) -> ClauseRoles {
        if let between = between(h, clause: clause, tokens: tokens, parties: parties) { return between }
        let passive = isPassive(h, clause: clause, tokens: tokens)
        // An actor the trigger phrase starts with ("jets struck") stands before the act; one inside it after its first
        // word ("killed * soldiers") is acted upon.
        // Parties come in text order: those up to the trigger's first word, then those after it (no copies).
        let split = parties.firstIndex { $0.tokens.lowerBound > h.tokens.lowerBound } ?? parties.endIndex
        let before = parties[..<split], after = parties[split...]
        let byPhrase = after.first { introducedBy($0, orFrom: true, tokens: tokens, clause: clause) }
        if passive, objectFirst(h, clause: clause, tokens: tokens) {
            let from = after.first { $0 != byPhrase && introducedBy($0, orFrom: true, tokens: tokens, clause: clause) }
            return ClauseRoles(agent: byPhrase, patients: from.map { [$0] } ?? [], passive: true)
        }
        if passive {
            let subject = before.last { !inPhrase($0, tokens: tokens, clause: clause) } ?? before.last
            return ClauseRoles(agent: byPhrase, patients: subject.map { [$0] } ?? [], passive: true)
        }
        // A noun's agent follows it with "by" ("airstrikes by government jets", "an attack on X by militants"); a
        // verb's is its subject.
        let nounLike = h.trigger.isNoun || articleBefore(h, clause: clause, tokens: tokens)
        let nounAgent = nounLike ? after.first { introducedBy($0, orFrom: false, tokens: tokens, clause: clause)
            && !saysWhoDidIt($0, tokens: tokens, clause: clause) } : nil
        let aside = relativeAside(before: h, clause: clause, tokens: tokens)
        var subject = relativeBarrier(h, clause: clause, tokens: tokens).map { bar in
            // "the offensive that has cost …": the subject is what the relative pronoun stands for, an actor only
            // when one ends right before it ("rebels who stormed …").
            before.last { $0.tokens.upperBound == bar || $0.tokens.upperBound == bar - 1 && tokens[bar - 1].word == "," }
        } ?? before.last { !inPhrase($0, tokens: tokens, clause: clause) && !isObject($0, tokens: tokens, clause: clause)
            && !sufferedBefore($0, h, tokens: tokens) && !(aside?.contains($0.tokens.lowerBound) ?? false) }
        // "its troops killed 300 fighters in two days of intense fighting": an event noun in a phrase of the clause's act
        // is that act's frame; the act's subject (an actor right before its verb) acts in it.
        if nounLike, nounAgent == nil, inPrepositionalPhrase(h, clause: clause, tokens: tokens),
           let actor = before.first(where: { opensVerb(after: $0, tokens: tokens, clause: clause) && !inPhrase($0, tokens: tokens, clause: clause)
               && !sufferedBefore($0, h, tokens: tokens) }) {
            subject = actor
        }
        var partners: [ActorMatch] = []
        // "X and Y clashed": the first of coordinated subjects acts; with a verb of fighting the other is its opponent.
        if let s = subject, let i = before.firstIndex(of: s), i > 0, joinedByAnd(before[i - 1], s, tokens: tokens) {
            partners = [s]; subject = before[i - 1]
            if h.trigger.eventType == .battles && h.trigger.subEventType == "Armed clash" {
                let (first, second) = symmetricOrder(before[i - 1], s)
                subject = first; partners = [second]
            }
        }
        // "The army detected two projectiles crossing from …", "police responded to the shooting": who saw, stopped or
        // answered the thing did not do it.
        let observed = nounLike && nounAgent == nil && perceivedBySubject(h, clause: clause, tokens: tokens)
        let agent = observed ? nil : nounAgent ?? subject
            ?? (nounLike ? before.last { !isObject($0, tokens: tokens, clause: clause) && !sufferedBefore($0, h, tokens: tokens) } : nil)
        // "… erupted after an attacker killed …": the subject of a clause the conjunction opens is no one's object.
        var objects = Array(after.filter { $0.tokens != agent?.tokens && !subjectOfSubclause($0, tokens: tokens, clause: clause)
            && !saysWhoDidIt($0, tokens: tokens, clause: clause) && !inRelativeClause($0, after: h, tokens: tokens, parties: after) }.prefix(2))
        if nounLike { objects = before.filter { sufferedBefore($0, h, tokens: tokens) } + objects }
        if h.trigger.eventType == .battles && h.trigger.subEventType == "Armed clash" { objects = partners + objects }
        return ClauseRoles(agent: agent, patients: objects, passive: false,
                           associates: h.trigger.eventType == .battles && h.trigger.subEventType == "Armed clash" ? [] : partners)
    }

    /// "Eight soldiers were killed after a suicide bomber struck", "X's spokesman was killed in a bombing": an actor that
    /// a passive death or wound befell before the trigger (itself or whom it owns) suffered, and is not the subject of the
    /// act told after.
    static func sufferedBefore(_ a: ActorMatch, _ h: TriggerHit, tokens: [Token]) -> Bool {
        var j = a.tokens.upperBound
        guard j < h.tokens.lowerBound else { return false }
        // "The group's refugee minister was killed": a possessive actor names whose the victim was (up to three words).
        if tokens[j - 1].isPossessive {
            var k = 0
            while k < 3, j + 1 < h.tokens.lowerBound, tokens[j].isWord, !tokens[j].isCapitalized || tokens[j].flags.contains(.english),
                  !["was", "were", "been", "died", "perished"].contains(tokens[j].key) { j += 1; k += 1 }
            // "…'s refugee minister, Khalil Haqqani, was killed": over a name set off by commas.
            if tokens[j].word == ",", let close = (j + 1..<min(h.tokens.lowerBound, j + 6)).first(where: { tokens[$0].word == "," }),
               close > j + 1, (j + 1..<close).allSatisfy({ tokens[$0].isCapitalized }), close + 1 < h.tokens.lowerBound { j = close + 1 }
        }
        if ["died", "perished"].contains(tokens[j].key) { return true }
        guard j + 1 < h.tokens.lowerBound, ["was", "were", "been"].contains(tokens[j].key) else { return false }
        return tokens[j + 1].isCue(.deathWord) || tokens[j + 1].isCue(.woundWord)
    }

    /// The position of a relative pronoun ("that", "which", "who") opening the trigger's clause, within a few words
    /// before it (over auxiliaries and adverbs), or nil.
    static func relativeBarrier(_ h: TriggerHit, clause: Range<Int>, tokens: [Token]) -> Int? {
        var j = h.tokens.lowerBound - 1, steps = 0
        while j > clause.lowerBound && steps < 4 {
            let w = tokens[j].word
            if w == "that" || w == "which" || w == "who" { return j }
            guard tokens[j].isWord, tokens[j].isCue(.auxiliary) || tokens[j].isCue(.adverb) || w.endsWith("ly") else { return nil }
            j -= 1; steps += 1
        }
        return nil
    }

    /// "Rebels, who have been battling the army for years, killed …": a relative clause set off by commas that ends
    /// right before the trigger (over adverbs); its actors are not the trigger's subject. Its tokens, or nil.
    static func relativeAside(before h: TriggerHit, clause: Range<Int>, tokens: [Token]) -> Range<Int>? {
        var end = h.tokens.lowerBound - 1
        while end > clause.lowerBound, tokens[end].isCue(.adverb) || tokens[end].word.endsWith("ly") { end -= 1 }
        guard end > clause.lowerBound, tokens[end].word == "," else { return nil }
        var j = end - 1
        while j > clause.lowerBound, end - j < 20, tokens[j].word != "," {
            if tokens[j].word == "." || tokens[j].word == ";" { return nil }
            j -= 1
        }
        guard j > clause.lowerBound, tokens[j].word == ",", DocumentExtractor.isRelativePronoun(tokens[j + 1].word) else { return nil }
        return j..<end
    }

    /// Whether a verb of perceiving, stopping or reacting ("identified", "intercepted", "condemned") stands within four
    /// words before the event noun, with no punctuation between: the noun is what the subject saw, stopped or judged.
    static func perceivedBySubject(_ h: TriggerHit, clause: Range<Int>, tokens: [Token]) -> Bool {
        var j = h.tokens.lowerBound - 1
        while j >= clause.lowerBound && h.tokens.lowerBound - j <= 4 {
            let t = tokens[j]
            if t.kind == .punct { return false }
            if perceptionVerbs.contains(t.word) || reactionVerbs.contains(t.word) { return true }
            j -= 1
        }
        return false
    }

    static let perceptionVerbs: Set<WordKey> = ["identified", "detected", "intercepted", "spotted", "tracked", "observed",
                                                "recorded", "downed", "monitored", "registered", "repelled", "thwarted", "foiled"]

    /// "Police responded to the shooting", "officials condemned the attack", "police are investigating the attack":
    /// who reacts to an act or looks into it did not commit it.
    static let reactionVerbs: Set<WordKey> = ["responded", "respond", "responding", "reacted", "react", "reacting", "condemned",
                                              "condemn", "condemning", "denounced", "denouncing", "investigating", "investigated",
                                              "investigate", "probing", "probed", "mourned", "mourning"]

    /// Whether only "and" (or "," and "and") stands between two actors: "HTS fighters and Syrian jets".
    static func joinedByAnd(_ a: ActorMatch, _ b: ActorMatch, tokens: [Token]) -> Bool {
        let between = tokens[a.tokens.upperBound..<b.tokens.lowerBound]
        // Demonyms of the second may stand between: "HTS fighters and Syrian and Russian jets".
        return !between.isEmpty && between.count <= 4 && between.first?.word == "and"
            && between.allSatisfy { $0.word == "and" || $0.word == "," || $0.word == "the" || $0.isCapitalized }
    }

    /// "was stormed", "were reportedly kidnapped", "came under fire": a passive auxiliary (over adverbs) before a
    /// participle, or an event the subject suffered ("came under").
    static func isPassive(_ h: TriggerHit, clause: Range<Int>, tokens: [Token]) -> Bool {
        let first = tokens[h.tokens.lowerBound].word
        if first == "came" || first == "come" || first == "comes" || first == "coming" { return true }
        guard !h.trigger.isNoun, !first.endsWith("ing") else { return false }
        var j = h.tokens.lowerBound - 1, skipped = 0
        while j >= clause.lowerBound && skipped <= 2 {
            let w = tokens[j].word
            if isPassiveAuxiliary(w) { return true }
            guard tokens[j].isCue(.adverb) || w.endsWith("ly") && tokens[j].isWord else { return reducedPassive(h, clause: clause, tokens: tokens) }
            j -= 1; skipped += 1
        }
        return reducedPassive(h, clause: clause, tokens: tokens)
    }

    /// "weapons and ammunition recovered by the police": event words that open with what was acted on and end in a
    /// participle right before "by". What they acted on is in the words; whom it was taken from follows ("from X").
    static func objectFirst(_ h: TriggerHit, clause: Range<Int>, tokens: [Token]) -> Bool {
        let last = h.tokens.upperBound - 1
        return h.tokens.count > 1 && h.tokens.upperBound < clause.upperBound && tokens[h.tokens.upperBound].word == "by"
            && DocumentExtractor.isPastForm(tokens[last]) && !DocumentExtractor.isPastForm(tokens[h.tokens.lowerBound])
    }

    /// "five farmers killed by soldiers", "a convoy ambushed by militants": a participle right before "by" (inside the
    /// event words or after them), after a noun (no "have" of an active perfect), is a passive without its auxiliary.
    static func reducedPassive(_ h: TriggerHit, clause: Range<Int>, tokens: [Token]) -> Bool {
        let start = h.tokens.lowerBound
        if objectFirst(h, clause: clause, tokens: tokens) { return true }
        let by = h.tokens.count > 1 ? start + 1 : h.tokens.upperBound
        guard by < clause.upperBound, tokens[by].word == "by", start > clause.lowerBound,
              DocumentExtractor.isPastForm(tokens[start]), tokens[start - 1].isWord else { return false }
        let before = tokens[start - 1].word
        return before != "have" && before != "has" && before != "had" && before != "having"
    }

    /// "clashes between X and Y", "fighting between X and Y": X acts on Y. A clash may have its verb, place and day
    /// before "between" ("clashes erupted in the city on Monday between X and Y").
    static func between(_ h: TriggerHit, clause: Range<Int>, tokens: [Token], parties: [ActorMatch]) -> ClauseRoles? {
        var b = h.tokens.lowerBound
        let reach = h.trigger.eventType == .battles && h.trigger.subEventType == "Armed clash" ? 9 : 3
        while b < min(clause.upperBound, h.tokens.upperBound + reach) && tokens[b].word != "between" { b += 1 }
        guard b < clause.upperBound, tokens[b].word == "between" else { return nil }
        let after = parties.lazy.filter { $0.tokens.lowerBound > b }
        guard let x = after.first, x.tokens.lowerBound - b <= 4 else { return nil }
        let y = after.dropFirst().first { p in
            (x.tokens.upperBound..<p.tokens.lowerBound).contains { tokens[$0].word == "and" }
        }
        // "clashes between rival militias": one group on both sides.
        guard let y else { return ClauseRoles(agent: x, patients: [x], passive: false) }
        let (first, second) = symmetricOrder(x, y)
        return ClauseRoles(agent: first, patients: [second], passive: false)
    }

    /// Two sides of a fight neither is said to have started ("clashes between X and Y", "X and Y clashed"): as in
    /// ACLED's interaction codes, the side of the lower code comes first (state forces before rebels, rebels before
    /// militias); text order otherwise.
    static func symmetricOrder(_ x: ActorMatch, _ y: ActorMatch) -> (ActorMatch, ActorMatch) {
        y.inter > 0 && y.inter < x.inter ? (y, x) : (x, y)
    }

    /// Whether the actor is the object of an earlier verb ("soldiers killed 12 insurgents and seized …"): a past
    /// form right before it, over a number or a determiner.
    static func isObject(_ a: ActorMatch, tokens: [Token], clause: Range<Int>) -> Bool {
        var j = a.tokens.lowerBound - 1, steps = 0
        while j >= clause.lowerBound && steps < 3 {
            let t = tokens[j]
            // "suspected jihadists", "armed men": a participle that qualifies the actor is no verb before it.
            // "said the rebels had captured …": the actor after a verb of saying is the subject of what was said.
            if t.isWord, !t.isCue(.auxiliary), !t.isCue(.actorQualifier), !t.isCue(.attributionVerb), DocumentExtractor.isPastForm(t) { return true }
            guard t.kind == .number || t.isCue(.numberWord) || t.word == "the" || t.word == "a" || t.word == "an"
                    || t.word == "at" || t.word == "least" || t.word == "some" || t.word == "about" else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// Whether "by" (or, with `orFrom`, "from") stands right before the actor (over a determiner or two).
    static func introducedBy(_ a: ActorMatch, orFrom: Bool, tokens: [Token], clause: Range<Int>) -> Bool {
        var j = a.tokens.lowerBound - 1, steps = 0
        while j >= clause.lowerBound && steps < 4 {
            let w = tokens[j].word
            if w == "by" || orFrom && w == "from" { return true }
            // Over a determiner, a qualifier or a coordinated demonym ("by Russian and Syrian forces").
            guard w == "the" || w == "a" || w == "an" || w == "suspected" || w == "alleged" || w == "armed" || w == "unidentified"
                    || w == "and" || tokens[j].isCapitalized else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// "an attack attributed by the authorities to the rebels", "blamed by officials on …": the actor after "by" says
    /// who did it; it did not do it.
    static func saysWhoDidIt(_ a: ActorMatch, tokens: [Token], clause: Range<Int>) -> Bool {
        guard let by = (max(clause.lowerBound, a.tokens.lowerBound - 4)..<a.tokens.lowerBound).last(where: { tokens[$0].word == "by" }),
              by > clause.lowerBound else { return false }
        return tokens[by - 1].isCue(.responsibility) || tokens[by - 1].isCue(.attributionVerb)
    }

    /// "… attributed to separatist rebels, who have been battling the army for years": an actor in a relative clause
    /// (", who/which …", within ten words) that an armed actor after the trigger opens is what the clause says of that
    /// actor, no target ("the killing of a commander, who led the brigade" names the victim's side: it stays).
    static func inRelativeClause(_ a: ActorMatch, after h: TriggerHit, tokens: [Token], parties: ArraySlice<ActorMatch>) -> Bool {
        var j = a.tokens.lowerBound - 1
        while j > h.tokens.upperBound, a.tokens.lowerBound - j <= 10 {
            if DocumentExtractor.isRelativePronoun(tokens[j].word), tokens[j - 1].word == "," {
                return parties.contains { $0.tokens.upperBound == j - 1 && ACLEDTyping.armed.contains($0.inter) }
            }
            if tokens[j].kind == .punct, tokens[j].word != "-" { return false }
            j -= 1
        }
        return false
    }

    /// Whether the actor sits in a prepositional phrase ("in Gaza", "against the army"), not in the subject; "of" after
    /// a quantity ("hundreds of protesters") keeps it in the subject.
    static func inPhrase(_ a: ActorMatch, tokens: [Token], clause: Range<Int>) -> Bool {
        var j = a.tokens.lowerBound - 1, steps = 0
        while j >= clause.lowerBound && steps < 3 {
            let t = tokens[j]
            // "hundreds of protesters", "operatives from the security corps": the head is a part of the actor, which
            // stays in the subject.
            if t.word == "of" || t.word == "from" {
                guard j - 1 >= clause.lowerBound else { return true }
                return !(tokens[j - 1].isCue(.quantityHead) || tokens[j - 1].kind == .number || tokens[j - 1].isCue(.numberWord))
            }
            // "a drone belonging to X", "a missile launched by X": the owner of the subject's weapon stays in the subject.
            if (t.word == "to" || t.word == "by") && j - 1 >= clause.lowerBound && tokens[j - 1].isCue(.ownership) { return false }
            // "after an attacker walked in and killed …": a conjunction opening a clause whose subject the actor is.
            if t.isCue(.preposition) { return !(t.isCue(.subordinator) && opensVerb(after: a, tokens: tokens, clause: clause)) }
            guard t.word == "the" || t.word == "a" || t.word == "an" || t.word == "some" || t.word == "several" else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// Whether the actor is the subject of a clause a conjunction opens ("after the rebels withdrew", "when a gunman
    /// opened fire"): the conjunction before it (over a determiner), a verb after it.
    static func subjectOfSubclause(_ a: ActorMatch, tokens: [Token], clause: Range<Int>) -> Bool {
        var j = a.tokens.lowerBound - 1
        while j > clause.lowerBound && (tokens[j].word == "the" || tokens[j].word == "a" || tokens[j].word == "an") { j -= 1 }
        return j >= clause.lowerBound && tokens[j].isCue(.subordinator) && opensVerb(after: a, tokens: tokens, clause: clause)
    }

    /// Whether a verb follows the actor (over an auxiliary or an adverb): the actor is a clause's subject.
    static func opensVerb(after a: ActorMatch, tokens: [Token], clause: Range<Int>) -> Bool {
        var j = a.tokens.upperBound, steps = 0
        while j < clause.upperBound && steps < 3 {
            let t = tokens[j]
            guard t.isWord else { return false }
            if t.isCue(.auxiliary) || DocumentExtractor.isPastForm(t) { return true }
            guard t.isCue(.adverb) || t.word.endsWith("ly") else { return false }
            j += 1; steps += 1
        }
        return false
    }

    /// Whether a preposition stands before the trigger within a few words ("in two days of intense fighting", "amid
    /// clashes").
    static func inPrepositionalPhrase(_ h: TriggerHit, clause: Range<Int>, tokens: [Token]) -> Bool {
        var j = h.tokens.lowerBound - 1, steps = 0
        while j >= clause.lowerBound && steps < 5 {
            let t = tokens[j]
            if t.isCue(.preposition) && t.word != "of" { return true }
            // (A hyphen inside a compound, "large-scale", is part of a word.)
            if t.word == "-" && !t.spaceBefore { j -= 1; continue }
            guard t.isWord || t.kind == .number, !t.isCue(.auxiliary), !DocumentExtractor.isPastForm(t) else { return false }
            j -= 1; steps += 1
        }
        return false
    }
}
