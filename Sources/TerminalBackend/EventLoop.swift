import CTerminalShim
import SitrepTUI
#if canImport(Glibc)
import Glibc
#endif

/// Reads keys, applies them to the state, renders and flushes; stops on quit or a signal.
struct EventLoop {
    let terminal: Terminal
    let timing: Bool
    /// Called once the first frame is on the screen: background work starts there, so as not to delay it. An exit
    /// code ends the loop (the browser cannot go on).
    var afterFirstFrame: (inout AppState) -> Int32? = { _ in nil }

    func run(_ state: inout AppState) -> Int32 {
        let measure: WidthFunction = { s in
            let w = Int(sitrep_wcwidth(s.value))
            return w < 0 ? 1 : w
        }
        var dirty = true
        var generation = state.redrawGeneration
        var clock = FrameClock()
        while true {
            let signal = sitrep_take_quit_signal()
            if signal != 0 { clock.report(timing); return 128 + signal }
            if dirty {
                let start = FrameClock.now()
                let frame = Renderer.render(state, measure: measure)
                let rendered = FrameClock.now()
                let cells = terminal.flush(frame)
                let first = clock.frames.isEmpty
                clock.record(since: start, rendered: rendered, cells: cells)
                dirty = false
                if first {
                    if let code = afterFirstFrame(&state) { clock.report(timing); return code }
                    clock.readyForKeys = ProcessClock.millisecondsSinceStart()
                }
            }
            guard let event = terminal.readKey() else { continue }
            switch event {
            case .resize:
                terminal.invalidate(clearTerminal: true)
                state.apply(.resize(terminal.size))
            case .key(let key):
                state.apply(.key(key))
                EffectRunner.run(&state)
            case .mouse(let event):
                state.apply(.mouse(event))
            case .hangup:
                clock.report(timing); return 128 + SIGHUP
            }
            if state.shouldQuit { clock.report(timing); return Browser.exitOK }
            if state.redrawGeneration != generation {
                generation = state.redrawGeneration
                terminal.invalidate(clearTerminal: true)
            }
            dirty = true
        }
    }
}

/// Frame timings for `SITREP_TIMING=1`: time to the first frame since process start, and per-frame times.
struct FrameClock {
    var frames: [Double] = []
    var renders: [Double] = []
    var cells: [Int] = []
    var firstFrameSinceStart: Double? = nil
    /// When the first key could be read (after `afterFirstFrame`: the whole events in place).
    var readyForKeys: Double? = nil

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }

    mutating func record(since start: Double, rendered: Double, cells written: Int) {
        let end = FrameClock.now()
        frames.append(end - start)
        renders.append(rendered - start)
        cells.append(written)
        if firstFrameSinceStart == nil { firstFrameSinceStart = ProcessClock.millisecondsSinceStart() }
    }

    func report(_ enabled: Bool) {
        guard enabled, !frames.isEmpty else { return }
        let later = frames.dropFirst()
        let avg = later.isEmpty ? 0 : later.reduce(0, +) / Double(later.count)
        var first = firstFrameSinceStart.map { String(Int($0.rounded())) + " ms after process start" } ?? "n/a"
        if let ready = readyForKeys { first += ", keys read from \(Int(ready.rounded())) ms" }
        Environment.printError("sitrep timing: first frame \(first); \(frames.count) frames, first \(fmt(frames[0])) ms, "
                               + "later avg \(fmt(avg)) ms, max \(fmt(later.max() ?? 0)) ms; "
                               + "render avg \(fmt(renders.reduce(0, +) / Double(renders.count))) ms; "
                               + "cells flushed: first \(cells[0]), later avg \(cells.dropFirst().reduce(0, +) / max(1, cells.count - 1))")
    }

    func fmt(_ v: Double) -> String { String(Double(Int(v * 100)) / 100) }
}

/// Time since this process started, from /proc (Linux), in milliseconds.
enum ProcessClock {
    static func millisecondsSinceStart() -> Double? {
        guard let stat = read("/proc/self/stat"), let uptime = read("/proc/uptime") else { return nil }
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]), let up = Double(uptime.split(separator: " ")[0]) else { return nil }
        let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
        return (up - ticks / hz) * 1000
    }

    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        var buf = [UInt8](repeating: 0, count: 1024)
        let n = Glibc.read(fd, &buf, buf.count)
        return n > 0 ? String(decoding: buf[0..<n], as: UTF8.self) : nil
    }
}
