import Testing
@testable import SitrepCore

@Suite("Counts of people wounded, abducted, arrested")
struct PeopleCountTests {
    let parser = FatalityParser(cues: Fixtures.cues)

    func counts(_ s: String) -> [String] {
        let toks = Fixtures.tokens(s)
        return parser.peopleCounts(in: 0..<toks.count, tokens: toks, keys: toks.map(\.word)).map(\.count.text)
    }

    @Test func aCountBeforeItsWordOfHarm() {
        #expect(counts("Nearly 60 firefighters sustained injuries during the blaze, the service said.") == ["nearly 60 wounded"])
        #expect(counts("At least 45 villagers were kidnapped from the market on Monday.") == ["at least 45 abducted"])
        #expect(counts("Eleven men were detained after the raid.") == ["11 arrested"])
        #expect(counts("The blast killed four and left dozens injured.") == ["dozens wounded"])
    }

    @Test func aWordOfHarmBeforePeople() {
        #expect(counts("Gunmen opened fire on a bus, wounding 14 others.") == ["14 wounded"])
        #expect(counts("Police arrested 23 suspects near the border.") == ["23 arrested"])
        #expect(counts("The raiders seized 9 weapons and a truck.").isEmpty, "things seized are not people taken")
        #expect(counts("Six raiders were arrested and dozens of rifles seized.") == ["6 arrested"], "a count of things before its verb")
    }

    @Test func deathsAgesAndFreedHostagesAreNotSuchCounts() {
        #expect(counts("Seven soldiers were killed in the ambush.").isEmpty)
        #expect(counts("A 19-year-old man has been arrested over the fire.").isEmpty, "an age is not a count")
        #expect(counts("Troops freed 130 hostages on Friday.").isEmpty)
        #expect(counts("The rebels held about 70 passengers hostage.") == ["about 70 abducted"])
    }

    @Test func aKidnappedPersonWhoWasKilledStaysADeath() {
        let toks = Fixtures.tokens("Twelve kidnapped farmers were killed by their captors.")
        #expect(parser.findings(in: 0..<toks.count, tokens: toks).map(\.count) == [FatalityCount(count: 12)])
    }
}
