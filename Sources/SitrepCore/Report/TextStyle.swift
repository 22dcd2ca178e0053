/// ANSI styling for text reports; `plain` writes no escape sequences at all.
public struct TextStyle: Sendable {
    public var enabled: Bool
    public init(enabled: Bool) { self.enabled = enabled }
    public static let plain = TextStyle(enabled: false)

    func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func warn(_ s: String) -> String { wrap(s, "1;33") }
    public func type(_ s: String, _ t: EventType) -> String {
        let code: String
        switch t {
        case .battles: code = "31"
        case .explosions: code = "35"
        case .violenceAgainstCivilians: code = "1;31"
        case .protests: code = "36"
        case .riots: code = "33"
        case .strategicDevelopments: code = "34"
        }
        return wrap(s, code)
    }
}
