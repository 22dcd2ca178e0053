// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitrep",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SitrepCore", targets: ["SitrepCore"]),
        .executable(name: "sitrep", targets: ["sitrep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(name: "SitrepCore", path: "Sources/SitrepCore"),
        .target(name: "SitrepStore", dependencies: ["SitrepCore", .product(name: "GRDB", package: "GRDB.swift")],
                path: "Sources/SitrepStore"),
        .target(name: "SitrepTUI", dependencies: ["SitrepCore"], path: "Sources/SitrepTUI"),
        .systemLibrary(
            name: "CNcursesw", path: "Sources/CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CTerminalShim", dependencies: ["CNcursesw"], path: "Sources/CTerminalShim",
                cSettings: [.define("_XOPEN_SOURCE", to: "700"), .define("NCURSES_WIDECHAR", to: "1")]),
        .target(name: "TerminalBackend", dependencies: ["SitrepTUI", "CNcursesw", "CTerminalShim"],
                path: "Sources/TerminalBackend"),
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepCore", "SitrepStore", "SitrepTUI", "TerminalBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/sitrep"),
        .target(name: "TestScratch", path: "Tests/TestScratch"),
        .testTarget(name: "SitrepCoreTests", dependencies: ["SitrepCore", "TestScratch"], path: "Tests/SitrepCoreTests"),
        .testTarget(name: "SitrepStoreTests", dependencies: ["SitrepStore", "SitrepCore", "TestScratch"],
                    path: "Tests/SitrepStoreTests"),
        .testTarget(name: "SitrepTUITests", dependencies: ["SitrepTUI", "SitrepCore"], path: "Tests/SitrepTUITests",
                    exclude: ["Golden"]),
        .testTarget(name: "SitrepCLITests", dependencies: ["SitrepCore", "TestScratch"], path: "Tests/SitrepCLITests"),
    ],
    swiftLanguageModes: [.v6]
)
