import Testing
@testable import SitrepCore

/// Dates in whole documents: expressions told from the passage before them, and from publication.
@Suite("Dates in documents")
struct DateExtractionTests {
    let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)

    /// The mentions' dates as "YYYY-MM-DD/precision", in text order.
    func dates(_ body: String, published: String? = "2024-11-30") -> [String] {
        extractor.extract(Fixtures.document(body, published: published)).mentions.map { "\($0.date.date?.iso ?? "?")/\($0.date.precision)" }
    }

    func mentions(_ body: String) -> [Mention] { extractor.extract(Fixtures.document(body)).mentions }

    @Test func aPeriodSinceADayIsNoEventAndItsStartNoDate() {
        // Published Saturday 30 November 2024.
        #expect(dates("Heavy fighting between the army and the rebels has been raging around Gao since 10 May.").isEmpty)
        #expect(dates("Gunmen have killed 40 farmers around Gao since January, officials said.").isEmpty)
        // Thousands dead in the perfect are a tally, told on their own or after an act.
        #expect(dates("The violence has claimed more than 4,000 lives in the province, a think tank said.").isEmpty)
        #expect(dates("Gunmen killed five soldiers near Gao on Friday.\n\nThe violence has claimed more than 4,000 lives, a think tank said.")
                == ["2024-11-29/day"])
        #expect(mentions("Gunmen killed five soldiers near Gao on Friday.\n\nThe violence has claimed more than 4,000 lives, a think tank said.")
                .allSatisfy { $0.fatalities?.count == 5 })
        // An act told with a period beside it keeps the article's date, not the period's start.
        #expect(dates("It was the first time rebels attacked Gao since the crisis began in March.") == ["2024-11-30/week"])
    }

    @Test func aDayThatOpensANameIsNoDateOfTheEvent() {
        // Published Saturday 30 November 2024.
        #expect(dates("A car bomb struck the 9th March Infantry Brigade base in Gao on Friday, killing four soldiers.")
                == ["2024-11-29/day"])
        #expect(dates("Shells hit the 15 July Bridge in Gao, killing two drivers.") == ["2024-11-30/week"])
        // A date before a lowercase noun, or before a group that acted, stays the event's.
        #expect(dates("Militants claimed the 9 March bombing in Gao that killed four soldiers.") == ["2024-03-09/day"])
    }

    @Test func thePublicationDayOpeningAParagraphIsItsFilingDate() {
        // Published Saturday 30 November 2024: "November 30, 2024:" dates the piece, not the attack it looks back on.
        #expect(dates("November 30, 2024: Gunmen stormed the market in Gao, killing four traders.") == ["2024-11-30/week"])
        #expect(dates("30 November 2024 - Gunmen stormed the market in Gao, killing four traders.") == ["2024-11-30/week"])
        // Another day, or the day inside the sentence, still dates the act.
        #expect(dates("November 28, 2024: Gunmen stormed the market in Gao, killing four traders.") == ["2024-11-28/day"])
        #expect(dates("Gunmen stormed the market in Gao on November 30, 2024, killing four traders.") == ["2024-11-30/day"])
        // Several paragraphs so opened are a chronology: each date is its entry's.
        #expect(dates("November 27, 2024: Gunmen stormed the market in Gao, killing four traders.\n\n"
                      + "November 30, 2024: Police arrested six men in Gao over the attack.")
                == ["2024-11-27/day", "2024-11-30/day"])
    }

    @Test func theDayOfTheDeadIsTheDayOfTheDeadlyActBefore() {
        // Published Saturday 30 November 2024: "the dead and wounded Friday" dates the shooting told without its day.
        let lede = "Soldiers opened fire on farmers blocking a road near Kindu, killing at least five people and wounding dozens.\n\n"
        #expect(dates(lede + "Most of the dead and wounded Friday were shot in the chest, a nurse said.") == ["2024-11-29/day"])
        // A day far from the act, or not the casualties', leaves the act's date as it was.
        #expect(dates(lede + "Most of the dead were buried in 2019, a nurse said.") == ["2024-11-30/week"])
        #expect(dates(lede + "A nurse said on Friday that the wards were full.") == ["2024-11-30/week"])
    }

    @Test func anaphoricDatesCountFromThePassageBefore() {
        // Published Saturday 30 November 2024: Monday is the 25th.
        #expect(dates("Gunmen shelled a market in Homs on Monday. The next morning, they attacked a police post in Hama.")
                == ["2024-11-25/day", "2024-11-26/day"])
        #expect(dates("Gunmen shelled a market in Homs on Monday.\n\nThe previous evening, they attacked a police post in Hama.")
                == ["2024-11-25/day", "2024-11-24/day"])
        #expect(dates("Gunmen shelled a market in Homs on Monday, and later that same day they attacked a police post in Hama.").first
                == "2024-11-25/day")
    }

    @Test func daysLaterOrEarlierCountFromThePassageBefore() {
        #expect(dates("Gunmen shelled a market in Homs on Monday.\n\nTwo days later, they attacked a police post in Hama.")
                == ["2024-11-25/day", "2024-11-27/day"])
        #expect(dates("Gunmen shelled a market in Homs on Monday.\n\nThree days earlier, militants attacked a police post in Hama.")
                == ["2024-11-25/day", "2024-11-22/day"])
        #expect(dates("Gunmen shelled a market in Homs on Monday. Hours later, militants attacked a police post in Hama.")
                .last == "2024-11-25/day")
    }

    @Test func anaphoricDatesWithoutAPassageCountFromPublication() {
        #expect(dates("That night, gunmen attacked a police post in Hama.") == ["2024-11-30/day"])
        #expect(dates("The day before, gunmen attacked a police post in Hama.") == ["2024-11-29/day"])
        #expect(dates("The day before, gunmen attacked a police post in Hama.", published: nil) == ["?/unknown"])
    }

    @Test func overnightDatesTheNightBeforePublicationAndWhatFollowsIt() {
        #expect(dates("Drones struck a fuel depot in Homs overnight.") == ["2024-11-29/day"])
        #expect(dates("Drones struck a fuel depot in Homs overnight, and the next day gunmen attacked a police post in Hama.").last
                == "2024-11-30/day")
    }

    @Test func aDefiniteReferenceDatesTheUndatedMentionBeforeIt() {
        #expect(dates("Jets carried out an airstrike on a village near Hama.\n\nTwelve civilians were killed in the airstrike, which occurred on Thursday.")
                == ["2024-11-28/day", "2024-11-28/day"])
        // A mention with its own date keeps it; a date outside the first mention's stretch is another event's.
        #expect(dates("Jets carried out an airstrike on a village near Hama on Monday. The airstrike on Thursday killed twelve.")
                == ["2024-11-25/day", "2024-11-28/day"])
        #expect(dates("Jets carried out an airstrike on a village near Hama. The airstrike in 2019 had killed twelve.").first
                == "2024-11-30/week")
    }

    @Test func aDateOfTheEventComparedWithDoesNotDateTheReference() {
        // "the worst since … in early June" dates the earlier event, not the clashes the monitor spoke of on Friday.
        let found = dates("Clashes between troops and militants near Hama have killed 40 people, a monitor said on Friday.\n\n"
                          + "The clashes are the worst since the rebels were driven out in early June.")
        #expect(found.first == "2024-11-29/day", "\(found)")
    }

    @Test func aMonthQualifyingANounIsADate() {
        #expect(dates("The region has seen repeated violence, including a deadly May air strike on a school in Monywa that killed 20 pupils.",
                      published: "2025-07-12") == ["2025-05-01/month"])
        // A verb of saying before "May" makes it a name, and a modal "may" is no month.
        #expect(!dates("Gunmen killed four herders near Gao on Monday, the minister said. Officials said May would visit.",
                       published: "2025-07-12").contains { $0.hasPrefix("2025-05") })
    }
}
