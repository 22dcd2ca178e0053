import Testing
@testable import SitrepCore

/// A relative clause that tells the act ("the shooting that killed six"), a cleft that does not, what a camera
/// captured, and a speaker named with the place it speaks from (invented sentences).
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

    @Test func aSpeakerNamedWithItsPlaceIsNotTheActor() {
        let m = Fixtures.mentions("Police in Kumasi said Friday that a shooting in a mosque has killed four people.").first
        #expect(m != nil && !m!.actors.contains { $0.name.hasPrefix("Police") }, "\(m?.actors ?? [])")
        // Police who act are still the actor.
        let acting = Fixtures.mentions("Police in Kumasi shot dead two robbers on Friday, officials said.").first
        #expect(acting?.actors.first { $0.role == .actor1 }?.name.hasPrefix("Police") == true, "\(acting?.actors ?? [])")
    }
}
