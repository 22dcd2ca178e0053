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
