import Foundation

/// Looking up ACLED sub-event types by name, for filters.
extension EventType {
    /// Every ACLED sub-event type, in the codebook's order.
    public static var allSubEventTypes: [String] { allCases.flatMap(\.subEventTypes) }

    /// The sub-event type spelled `text` (case-insensitively), in ACLED's spelling.
    public static func subEventNamed(_ text: String) -> String? {
        let k = text.trimmingCharacters(in: .whitespaces).lowercased()
        return allSubEventTypes.first { $0.lowercased() == k }
    }
}
