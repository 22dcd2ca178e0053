#!/usr/bin/env bash
# Builds a throwaway executable that opens the terminal browser on the hand-built test fixture (or on a
# generated corpus of N events), without adding a target to Package.swift. For manual runs and
# screenshots before/alongside `sitrep browse`.
#
#   Tests/Scripts/browse-harness.sh build            # prints the path of the built binary
#   Tests/Scripts/browse-harness.sh run [--generated N] [--crash-after SECONDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
pkg="$root/Tests/Scripts/.cache/harness"
mkdir -p "$pkg/Sources/harness"
for t in SitrepTUI CNcursesw CTerminalShim TerminalBackend; do
    ln -sfn "$root/Sources/$t" "$pkg/Sources/$t"
done
# A snapshot of the core (mtimes kept, so rebuilds stay incremental): others edit it while we build.
rm -rf "$pkg/Sources/SitrepCore"
cp -rp "$root/Sources/SitrepCore" "$pkg/Sources/SitrepCore"
ln -sf "$root/Tests/SitrepTUITests/Fixtures.swift" "$pkg/Sources/harness/Fixtures.swift"
ln -sf "$root/Tests/SitrepTUITests/GeneratedCorpus.swift" "$pkg/Sources/harness/GeneratedCorpus.swift"
cat > "$pkg/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "harness",
    targets: [
        .target(name: "SitrepCore", path: "Sources/SitrepCore"),
        .target(name: "SitrepTUI", dependencies: ["SitrepCore"], path: "Sources/SitrepTUI"),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", pkgConfig: "ncursesw"),
        .target(name: "CTerminalShim", dependencies: ["CNcursesw"], path: "Sources/CTerminalShim",
                cSettings: [.define("_XOPEN_SOURCE", to: "700"), .define("NCURSES_WIDECHAR", to: "1")]),
        .target(name: "TerminalBackend", dependencies: ["SitrepTUI", "CNcursesw", "CTerminalShim"], path: "Sources/TerminalBackend"),
        .executableTarget(name: "harness", dependencies: ["SitrepCore", "TerminalBackend"], path: "Sources/harness"),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
cat > "$pkg/Sources/harness/main.swift" <<'SWIFT'
import Foundation
import SitrepCore
import TerminalBackend

let args = CommandLine.arguments
var analysis = Fixtures.analysis
if let i = args.firstIndex(of: "--generated"), i + 1 < args.count, let n = Int(args[i + 1]) {
    analysis = GeneratedCorpus.analysis(events: n)
}
if let i = args.firstIndex(of: "--crash-after"), i + 1 < args.count, let seconds = Double(args[i + 1]) {
    // A real fault on another thread, to check that a crash restores the terminal.
    Thread.detachNewThread {
        Thread.sleep(forTimeInterval: seconds)
        let p = UnsafeMutablePointer<Int>(bitPattern: 8)!
        p.pointee = 1
    }
}
let code = Browser.run(analysis: analysis, filter: EventFilter(), vocabulary: Fixtures.vocabulary)
if code == Browser.exitNotATerminal {
    FileHandle.standardError.write("harness: standard output is not a terminal (exit \(code))\n".data(using: .utf8)!)
}
exit(code)
SWIFT
config="${HARNESS_CONFIG:-debug}"
(cd "$pkg" && swift build -c "$config" --product harness >&2)
bin="$pkg/.build/$config/harness"
case "${1:-run}" in
    build) echo "$bin" ;;
    run) shift || true; SITREP_ROOT="$root" exec "$bin" "$@" ;;
esac
