import Testing
@testable import SitrepCore

/// A relative clause that tells the act ("the shooting that killed six"), a cleft that does not, what a camera
/// captured, a speaker named with the place it speaks from, the frame of a comparison and workers as civilians
/// (invented sentences).
@Suite("Relative clauses and speakers")
struct RelativeClausesAndSpeakersTests {
    @Test func anActToldInARelativeClauseWithThatIsAnEvent() {
        let ms = Fixtures.mentions("Leaders condemned Friday's shooting in Kumasi that killed six people.")
        #expect(ms.count == 1 && ms.first?.fatalities?.count == 6 && ms.first?.location?.place.name == "Kumasi",
                "\(ms.map { ($0.subEventType, $0.fatalities?.count as Any) })")
        // "that" as a determiner still makes a participle an adjective: "that abducted girl" tells no abduction.
        #expect(Fixtures.mentions("Officials in Kumasi never found that abducted girl, relatives said on Friday.").isEmpty)
    }

    @Test func aCleftNamesTheCauseOfADeathItDoesNotTellOne() {
        let ms = Fixtures.mentions("The minister said it was not a stray bullet that killed the officer in Kumasi on Thursday.")
        #expect(ms.isEmpty, "\(ms.map(\.subEventType))")
    }

    @Test func whatACameraCapturedIsNoGroundTaken() {
        let ms = Fixtures.mentions("Investigators have footage from security cameras that captured the attack in Kumasi on Friday.")
        #expect(!ms.contains { $0.subEventType.contains("territory") }, "\(ms.map(\.subEventType))")
        let taken = Fixtures.mentions("Rebels captured the town of Bunia on Friday.")
        #expect(taken.first?.subEventType.contains("territory") == true)
    }

    @Test func theFrameOfAComparisonIsNoDateOfTheAct() {
        // A year after "since" starts a period; "this year" six words after the superlative frames it.
        for body in ["In the deadliest attack by insurgents in the northern region since 2018, rebels killed eight workers near "
                        + "Kumasi on Thursday.",
                     "In the deadliest attack in the region this year, rebels killed eight workers near Kumasi on Thursday."] {
            let m = Fixtures.mentions(body, published: "2024-05-20").first
            #expect(m?.date.date?.iso == "2024-05-16" && m?.date.precision == .day, "\(String(describing: m?.date))")
        }
    }

    @Test func workersKilledByRebelsAreCivilians() {
        let m = Fixtures.mentions("Rebels killed eight workers near Kumasi on Thursday.").first
        #expect(m?.eventType == .violenceAgainstCivilians && m?.actors.contains { $0.role == .actor2 && $0.name.hasPrefix("Civilians") } == true,
                "\(m?.actors ?? [])")
    }

    @Test func anEventNounOpeningTheSentenceFramesTheActOfItsMainClause() {
        let m = Fixtures.mentions("In an attack near Kumasi on Thursday, rebels killed eight workers.").first
        #expect(m?.eventType == .violenceAgainstCivilians, "\(String(describing: m?.eventType))")
        #expect(m?.actors.first { $0.role == .actor1 }?.name.hasPrefix("Rebels") == true, "\(m?.actors ?? [])")
        // Without a subject of its own, the killing stays the attack's.
        let passive = Fixtures.mentions("In an attack near Kumasi on Thursday, eight soldiers were killed.").first
        #expect(passive?.eventType == .battles, "\(String(describing: passive?.eventType))")
    }

    @Test func aSpeakerNamedWithItsPlaceIsNotTheActor() {
        let m = Fixtures.mentions("Police in Kumasi said Friday that a shooting in a mosque has killed four people.").first
        #expect(m != nil && !m!.actors.contains { $0.name.hasPrefix("Police") }, "\(m?.actors ?? [])")
        // Police who act are still the actor.
        let acting = Fixtures.mentions("Police in Kumasi shot dead two robbers on Friday, officials said.").first
        #expect(acting?.actors.first { $0.role == .actor1 }?.name.hasPrefix("Police") == true, "\(acting?.actors ?? [])")
    }
}
