import Testing

/// `--since` after `--until` matches nothing: say so instead of printing an empty timeline.
@Suite("Filter order")
struct FilterOrderTests {
    @Test func sinceAfterUntilIsAUsageError() throws {
        let r = try Binary.run(["list", "--since", "2024-12-01", "--until", "2024-11-29"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("--since 2024-12-01 is after --until 2024-11-29"), "\(r.stderr)")
        #expect(try Binary.run(["list", "--since", "2024-11-29", "--until", "2024-11-29"]).status == 0, "one day is fine")
    }
}

/// `--type` takes ACLED sub-event types.
@Suite("Sub-event type filter")
struct SubEventTypeOptionTests {
    @Test func typeAcceptsASubEventType() throws {
        let r = try Binary.run(["list", "--type", "Air/drone strike"], env: ["NO_COLOR": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").filter { $0.contains("ev-") }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("Air/drone strike") }, "\(r.stdout)")
        let bad = try Binary.run(["list", "--type", "Air strike"])
        #expect(bad.status == 64 && bad.stderr.contains("sub-event type"), "\(bad.stderr)")
    }
}
