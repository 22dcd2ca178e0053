import CTerminalShim
/// Placeholder: the curses backend lives here.
public enum TerminalBackendPlaceholder {}
