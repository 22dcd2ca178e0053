import CNcursesw
import CTerminalShim
import SitrepTUI

/// Turns what `get_wch` returns into `Key` values.
enum KeyDecoder {
    static func decode(keyCode: Int32) -> KeyEvent? {
        switch keyCode {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_MOUSE: return mouse()
        default: return nil
        }
    }

    static func decode(character c: UInt32) -> KeyEvent? {
        switch c {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(c + 96)!)))
        case 0, 28...31: return nil
        default:
            guard let s = Unicode.Scalar(c) else { return nil }
            return .key(.char(Character(s)))
        }
    }

    /// The mouse event curses just decoded: a button-1 press or a wheel turn; nil for others.
    static func mouse() -> KeyEvent? {
        var x: Int32 = 0, y: Int32 = 0
        switch sitrep_read_mouse(&x, &y) {
        case 1: return .mouse(MouseEvent(.press, x: Int(x), y: Int(y)))
        case 4: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
        case 5: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
        default: return nil
        }
    }
}
