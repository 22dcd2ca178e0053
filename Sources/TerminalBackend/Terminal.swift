import CNcursesw
import CTerminalShim
import SitrepTUI

/// The curses screen: owns the `SCREEN`, colour pairs and the last frame drawn.
///
/// A final class because it owns a resource (the terminal) that must be released exactly once.
final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    let hasColor: Bool
    private var pairs: [PairKey: Int32] = [:]
    private var previous: ScreenBuffer? = nil
    private var closed = false

    struct PairKey: Hashable { var fg: Int, bg: Int }

    /// Starts curses on stdout, with mouse reporting when `mouse`; nil when the terminal type is unknown.
    init?(noColor: Bool, mouse: Bool) {
        guard let screen = sitrep_newterm(), let window = sitrep_stdscr() else { return nil }
        self.screen = screen
        self.window = window
        cbreak(); noecho(); nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        wtimeout(window, 100)
        curs_set(0)
        if mouse { _ = sitrep_enable_mouse() }
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            hasColor = true
        } else {
            hasColor = false
        }
    }

    deinit { close() }

    var size: Size { Size(width: Int(sitrep_cols()), height: Int(sitrep_lines())) }

    /// Restores the terminal. Safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        // Terminals without an alternate screen (TERM=linux) would keep the last frame after quitting: clear it.
        werase(window); wrefresh(window)
        endwin()
        delscreen(screen)
        sitrep_restore_tty(0)
    }

    /// Forgets what is on the screen, so the next flush repaints every cell (Ctrl-L, resize).
    func invalidate(clearTerminal: Bool) {
        previous = nil
        if clearTerminal { clearok(window, true) }
    }

    /// Draws the cells that differ from the last frame, then updates the terminal.
    /// - Returns: the number of cells written.
    @discardableResult
    func flush(_ frame: ScreenBuffer) -> Int {
        let old = previous.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
        if old == nil { werase(window) }
        var written = 0
        var scalars = [UInt32](repeating: 0, count: 8)
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if let old, old[x, y] == cell { continue }
                if cell.isContinuation { continue }
                var n: Int32 = 0
                for s in cell.text.unicodeScalars where n < 8 { scalars[Int(n)] = s.value; n += 1 }
                if n == 0 { scalars[0] = 32; n = 1 }
                let attrs = sitrep_attrs(cell.style.bold ? 1 : 0, cell.style.underline ? 1 : 0, cell.style.reverse ? 1 : 0,
                                         cell.style.dim ? 1 : 0)
                _ = sitrep_put_cell(window, Int32(y), Int32(x), scalars, n, attrs, pair(for: cell.style))
                written += 1
            }
        }
        wrefresh(window)
        previous = frame
        return written
    }

    /// The colour pair of a style, allocated on first use; 0 (the default colours) in monochrome.
    private func pair(for style: Style) -> Int32 {
        guard hasColor, style.fg != nil || style.bg != nil else { return 0 }
        let key = PairKey(fg: style.fg?.rawValue ?? -1, bg: style.bg?.rawValue ?? -1)
        if let p = pairs[key] { return p }
        let p = Int32(pairs.count + 1)
        guard p < sitrep_color_pairs() else { return 0 }
        init_pair(Int16(p), Int16(key.fg), Int16(key.bg))
        pairs[key] = p
        return p
    }

    /// The next key, nil after the ~100 ms timeout; `.resize` reports a new size.
    ///
    /// Besides ncurses' own KEY_RESIZE, the kernel's idea of the size is polled at each timeout, so a
    /// resize is noticed even when SIGWINCH never reaches ncurses.
    func readKey() -> KeyEvent? {
        var wch: wint_t = 0
        let r = wget_wch(window, &wch)
        if r == ERR {
            if sitrep_tty_hung_up() != 0 { return .hangup }
            var rows: Int32 = 0, cols: Int32 = 0
            if sitrep_window_size(&rows, &cols) == 0, rows != sitrep_lines() || cols != sitrep_cols() {
                resizeterm(rows, cols)
                return .resize
            }
            return nil
        }
        if r == KEY_CODE_YES { return KeyDecoder.decode(keyCode: Int32(wch)) }
        return KeyDecoder.decode(character: UInt32(wch))
    }
}

/// What a read from the terminal produced.
enum KeyEvent: Equatable {
    case key(Key)
    case mouse(MouseEvent)
    case resize
    /// The terminal went away (closed window, killed multiplexer): leave instead of spinning on read errors.
    case hangup
}
