// swift-tools-version:6.0
// libFuzzer targets, kept apart from the main package so that `swift build` there stays clean.
// Built and run by `scripts/fuzz.sh` (with -sanitize=fuzzer,address); see fuzz/README.md.
import PackageDescription

let package = Package(
    name: "GlaneurFuzz",
    dependencies: [.package(name: "Glaneur", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "GlaneurPipeline", package: "Glaneur")]),
        .executableTarget(name: "fuzz-inputs", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-decode", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-pipeline", dependencies: ["FuzzSupport"]),
    ]
)
