import Testing
@testable import SitrepCore

@Suite("Fatality parser")
struct FatalityParserTests {
    let parser = FatalityParser(cues: Fixtures.cues)

    func counts(_ s: String) -> [FatalityCount] {
        let toks = Fixtures.tokens(s)
        return parser.findings(in: 0..<toks.count, tokens: toks).map(\.count)
    }

    @Test func theSubjectOfAnActiveKillingIsTheKillerNotTheDead() {
        #expect(counts("A soldier killed two protesters near the bridge.").map(\.count) == [2])
        #expect(counts("An armed man shot dead a teacher outside the school.").map(\.count) == [1])
        // Passive or without an object, the counted are the dead.
        #expect(counts("A soldier was killed near the bridge.").map(\.count) == [1])
        #expect(counts("Two soldiers killed in the ambush were buried on Friday.").map(\.count) == [2])
    }

    @Test func anotherAloneIsOneMorePerson() {
        #expect(counts("Three people were shot dead in the north, and another was killed in the capital.").map(\.count) == [3, 1])
        #expect(counts("The blast killed another soldier near the base.").map(\.count) == [1])
        // "another" before a thing counts no one.
        #expect(counts("Another attack was reported near the base.").isEmpty)
    }

    @Test func aDayAfterAnAbbreviatedMonthIsNoCount() {
        #expect(counts("On Dec. 20 near the border, four police officers were killed in a raid.").map(\.count) == [4])
        #expect(counts("On Sept. 3 in the north, two soldiers died.").map(\.count) == [2])
    }

    @Test func aListOfThePeopleKilledIsSummed() {
        let cases: [(String, Int)] = [
            ("Shells killed a 9-year-old girl and two elderly men in the market.", 3),
            ("A man and his three sons were killed when the shell hit.", 4),
            ("The raid killed five more children, two women and a man.", 8),
            ("Gunmen shot dead a teacher, a nurse and a cyclist near the school.", 3),
            ("Eleven members of a local defence group and three gendarmes died in the ambush.", 14),
            ("A policeman and four civilians were killed overnight.", 5),
        ]
        for (s, n) in cases { #expect(counts(s).first?.count == n, "\(s): \(counts(s))") }
        // A source after a comma, a second verb, a nurse and a patient: no more people in the list.
        #expect(counts("Gunmen killed two farmers, a local official said.").first?.count == 2)
        #expect(counts("Rebels killed two soldiers and wounded three civilians.").first?.count == 2)
        #expect(counts("Gunmen killed a nurse and a patient at the clinic.").first?.count == 2)
        #expect(counts("The strike killed 12 people, including a woman and two children.").map(\.count) == [12])
        // Each side's dead with its own death word, joined by "and"; "both sides" counts no one.
        #expect(counts("Both sides suffered heavy losses, with 40 militants killed and 12 soldiers dead.").map(\.count) == [52])
    }

    @Test func aCountOfBlastsOrAmbushesIsNoToll() {
        #expect(counts("Three blasts killed 20 people in the market.").map(\.count) == [20])
        #expect(counts("Two ambushes killed nine soldiers near the border.").map(\.count) == [9])
    }

    @Test func onePersonNamedWithTheBeforeTheCountIsOneMore() {
        #expect(counts("The driver and two soldiers died.").first?.count == 3)
        #expect(counts("A car bomb killed the regional police commander and two others on Monday.").first?.count == 3)
        // Not killed, or no person before the count: nothing more.
        #expect(counts("The commander and two aides fled across the river.").isEmpty)
        #expect(counts("Soldiers said two civilians died.").first?.count == 2)
    }

    /// Each item told with its own day is a toll of its own: the dead of two days are not one list.
    @Test func dayByDayTollsAreNotSummed() {
        #expect(counts("Gunmen killed nine villagers on Tuesday and 20 people died on Wednesday.").first?.count == 9)
        #expect(counts("Eleven herders were killed in March and four farmers in April.").first?.count == 11)
        #expect(counts("Militants killed three soldiers and two civilians on Sunday.").first?.count == 5)
    }

    @Test func wordsDigitsAndQualifiers() {
        #expect(counts("said at least four people were killed on Sunday") == [FatalityCount(count: 4, qualifier: "at least")])
        #expect(counts("which claimed the strikes killed approximately 300 rebels") == [FatalityCount(count: 300, qualifier: "approximately")])
        #expect(counts("resulted in the deaths of four civilians at a student residence") == [FatalityCount(count: 4)])
        #expect(counts("Twenty-five soldiers were killed.") == [FatalityCount(count: 25)])
        #expect(counts("Dozens of people were killed.").first?.count == 12)
        #expect(counts("Two soldiers were wounded and a police officer was killed.") == [FatalityCount(count: 1)])
        #expect(counts("The strike killed a senior commander of the group.") == [FatalityCount(count: 1)])
        #expect(counts("A man was detained.").isEmpty)
    }

    @Test func aTollRisingToItsFigureThroughItsOwnPhrases() {
        #expect(counts("The death toll from Monday's shelling of a market in the northern town has risen to 17.") == [FatalityCount(count: 17)])
        #expect(counts("The toll from the bombing of the bus station climbed to 9 on Tuesday.") == [FatalityCount(count: 9)])
        // Another clause's figure, or a war's running total, is not the toll.
        #expect(counts("The toll of the raid is unclear, but prices in the town rose to 5 dollars.").isEmpty)
        #expect(counts("The death toll from the civil war has risen to 40,000.").isEmpty)
    }

    @Test func aTollOfNoneIsZeroNotOne() {
        let none = [FatalityCount(count: 0)]
        #expect(counts("No one was killed in the blast, the governor said.") == none, "not \"one was killed\"")
        #expect(counts("The raiders fled and nobody died.") == none)
        #expect(counts("None of the passengers were killed.") == none)
        #expect(counts("None of the 14 miners were killed in the collapse.") == none, "not a toll of 14")
        #expect(counts("The drone was shot down, with no reported casualties.") == none)
        #expect(counts("There were no immediate reports of deaths.") == none)
        #expect(counts("The convoy crossed the ridge without casualties.") == none)
        #expect(counts("The shelling caused no loss of life.") == none)
        // A number in the sentence is the toll; "no one" with a verb of no harm, or a harm noun far off, is none.
        #expect(counts("Four herders were killed and no one else was hurt.") == [FatalityCount(count: 4)])
        #expect(counts("No one was hurt when the roof fell.").isEmpty)
        #expect(counts("No group has claimed the attack, in which casualties are feared.").isEmpty)
        #expect(counts("Two guards were wounded but no one was killed.") == none)
    }

    @Test func aDayOfTheMonthIsNoCount() {
        #expect(counts("Shelling hit the town on the night of 8 to 9 June, killing three farmers.").map(\.count) == [3])
        #expect(counts("Gunmen raided the market on June 9, killing six traders.").map(\.count) == [6])
    }

    @Test func peopleCountedTwiceWithAndAreAdded() {
        #expect(counts("The shell landed near the clinic, killing two nurses and a patient.").map(\.count) == [3])
        #expect(counts("Bandits ambushed the convoy, killing four police officers and three civilians.").map(\.count) == [7])
        #expect(counts("The raid killed five fighters and wounded two civilians.").map(\.count) == [5], "the second count is hurt, not killed")
    }

    @Test func aCountsOneOnlyBeforeASingularPerson() {
        // "a" before a place holding people (plural, or a clause after a participle) is no one killed.
        #expect(counts("A rocket hit a school sheltering displaced families, killing at least 9.") == [FatalityCount(count: 9, qualifier: "at least")])
        #expect(counts("A shell struck a camp of displaced herders, killing 4.") == [FatalityCount(count: 4)])
        #expect(counts("A shell struck a shelter for the displaced, killing 4.") == [FatalityCount(count: 4)])
        #expect(counts("A raid by police killed two.") == [FatalityCount(count: 2)])
        #expect(counts("The blast killed a young trader.") == [FatalityCount(count: 1)])
        #expect(counts("Gunmen shot dead an elderly trader near the market.") == [FatalityCount(count: 1)])
        // The singular of a listed "-men" plural is one person too.
        #expect(counts("Gunmen shot dead a fisherman near the shore.") == [FatalityCount(count: 1)])
        // One more person joined to the first.
        #expect(counts("The drone strike killed a commander and his driver.") == [FatalityCount(count: 2)])
        #expect(counts("Gunmen shot dead a nurse and a young patient at the clinic.") == [FatalityCount(count: 2)])
        #expect(counts("The blast killed a trader and wounded his son.") == [FatalityCount(count: 1)])
    }

    @Test func peopleWhoActOnTheDeadAreNotCounted() {
        #expect(counts("A nurse counted the bodies of at least seven miners near the pit.") == [FatalityCount(count: 7, qualifier: "at least")])
        #expect(counts("Two farmers found the bodies in a ditch.").isEmpty)
        #expect(counts("Three herders were found dead in a ditch.") == [FatalityCount(count: 3)])
    }

    @Test func aTollThatMayExceedOrVariesKeepsItsHedge() {
        #expect(counts("Relatives said the death toll could exceed 300.") == [FatalityCount(count: 300, qualifier: "could exceed")])
        #expect(counts("Aid groups said the death toll varies between 40 and several dozen.") == [FatalityCount(count: 40, qualifier: "between")])
    }

    @Test func anOffensivesRunningTotalIsNoEventsToll() {
        #expect(counts("The army's offensive against the rebels has killed at least 12,400 people, the ministry said.").isEmpty)
        // A single attack told in the present perfect keeps its toll.
        #expect(counts("A suicide bombing has killed at least 11 people on Tuesday.") == [FatalityCount(count: 11, qualifier: "at least")])
    }

    @Test func killedIsNotWounded() {
        #expect(counts("four civilians were killed and six injured") == [FatalityCount(count: 4)])
        #expect(counts("more than 60 wounded").isEmpty)
        #expect(counts("at least eight civilians, including two children, were killed and more than 60 wounded")
                == [FatalityCount(count: 8, qualifier: "at least")])
    }

    @Test func casualtiesNeedADeathWord() {
        #expect(counts("The raid caused 40 casualties.").isEmpty)
        #expect(counts("reported a staggering death toll, with 277 casualties confirmed, including 28 civilians")
                == [FatalityCount(count: 277)])
    }

    @Test func unitsAndYearsAreNotPeople() {
        #expect(counts("launching 23 strikes that killed nobody").isEmpty)
        #expect(counts("the displacement of more than 14,000 individuals").isEmpty)
        #expect(counts("Since 2020, the truce has held.").isEmpty)
    }

    @Test func aYearOrAnAgeIsNoToll() {
        #expect(counts("In November 2022, militants killed 4 soldiers in the district.").map(\.count) == [4])
        #expect(counts("On March 3, 2024, gunmen killed 6 villagers.").map(\.count) == [6])
        #expect(counts("Ahmed Salem, 32, was killed at a checkpoint.").allSatisfy { $0.count != 32 })
        // A number between commas after an ordinary word is still a count.
        #expect(counts("In the attack, 32, according to police, were killed.").map(\.count) == [32])
    }
}
