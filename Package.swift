// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Glaneur",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "glaneur", targets: ["glaneur"]),
        .library(name: "GlaneurPipeline", targets: ["GlaneurPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C shims: public headers use plain C types only; ICU and libxml2 headers stay in the .c files.
        .target(
            name: "CGlaneurICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "CGlaneurXML",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2"), .linkedLibrary("z")]
        ),
        .target(name: "GlaneurCore", dependencies: ["CGlaneurICU"]),
        .target(name: "GlaneurDecode", dependencies: ["GlaneurCore", "CGlaneurICU", "CGlaneurXML"]),
        .target(name: "GlaneurTokenize", dependencies: ["GlaneurCore", "CGlaneurICU"]),
        .target(name: "GlaneurNameTagger", dependencies: ["GlaneurCore"]),
        .target(name: "GlaneurEntities", dependencies: ["GlaneurCore", "GlaneurNameTagger"]),
        .target(name: "GlaneurQuotes", dependencies: ["GlaneurCore"]),
        .target(name: "GlaneurClaims", dependencies: ["GlaneurCore"]),
        .target(name: "GlaneurReport", dependencies: ["GlaneurCore"]),
        .target(
            name: "GlaneurPipeline",
            dependencies: [
                "GlaneurCore", "GlaneurDecode", "GlaneurTokenize", "GlaneurEntities",
                "GlaneurQuotes", "GlaneurClaims", "GlaneurReport", "CGlaneurXML",
            ]
        ),
        .target(
            name: "GlaneurIngest",
            dependencies: ["GlaneurPipeline", "GlaneurReport", "GlaneurCore", "CGlaneurXML", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "glaneur",
            dependencies: ["GlaneurPipeline", "GlaneurIngest", "GlaneurReport", "GlaneurEntities", "GlaneurNameTagger",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Benchmarks live apart from tests: `swift run -c release glaneur-bench <stage> [files...]`.
        .executableTarget(
            name: "glaneur-bench",
            dependencies: ["GlaneurPipeline", "GlaneurCore", "GlaneurDecode", "GlaneurTokenize", "GlaneurEntities",
                           "GlaneurQuotes", "GlaneurClaims", "GlaneurNameTagger", "CGlaneurICU"]
        ),
        // Helpers shared by test targets (scratch directories).
        .target(name: "GlaneurTestSupport", path: "Tests/GlaneurTestSupport"),
        .testTarget(name: "GlaneurCoreTests", dependencies: ["GlaneurCore"]),
        .testTarget(name: "GlaneurNameTaggerTests", dependencies: ["GlaneurCore", "GlaneurNameTagger", "GlaneurEntities", "GlaneurTokenize"]),
        .testTarget(
            name: "GlaneurStageTests",
            dependencies: ["GlaneurCore", "GlaneurDecode", "GlaneurTokenize", "GlaneurEntities", "GlaneurQuotes", "GlaneurClaims"]
        ),
        .testTarget(name: "GlaneurPipelineTests", dependencies: ["GlaneurPipeline", "GlaneurReport", "GlaneurTestSupport"]),
        .testTarget(name: "GlaneurReportTests", dependencies: ["GlaneurReport", "GlaneurCore"]),
        .testTarget(name: "GlaneurCLITests", dependencies: ["glaneur"]),
        .testTarget(
            name: "GlaneurIngestTests",
            dependencies: ["GlaneurIngest", "GlaneurPipeline", "GlaneurCore", "GlaneurTestSupport",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
