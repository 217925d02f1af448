// swift-tools-version: 6.0
// libFuzzer targets for hipbalance's readers, in a package of their own so that the main build
// and its tests never see them. Build and run one with `Scripts/fuzz.sh TARGET SECONDS`
// (it passes `-Xswiftc -sanitize=fuzzer,address`, which instruments hipbalance's code too);
// see docs/robustness.md, "Fuzzing".
import PackageDescription

let hipbalance = "hipbalance"

let package = Package(
    name: "hipbalance-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: hipbalance, path: "..")
    ],
    targets: [
        // libFuzzer's driver behind each target's main.swift.
        .target(name: "FuzzSupport"),
        // GPX/TCX, plain or gzip: ActivityReader (the content sniff included).
        .executableTarget(
            name: "FuzzActivity", dependencies: ["FuzzSupport", .product(name: "Ingest", package: hipbalance)]),
        // FIT files: the FIT decoder behind ActivityReader, seeded with the demo team's FIT files.
        .executableTarget(
            name: "FuzzFit", dependencies: ["FuzzSupport", .product(name: "Ingest", package: hipbalance)]),
        // Strength logs (every CSV layout, JEFIT, Garmin summaries): StrengthLogReader.
        .executableTarget(
            name: "FuzzStrength",
            dependencies: [
                "FuzzSupport", .product(name: "Ingest", package: hipbalance),
                .product(name: "HipBalanceCore", package: hipbalance),
            ]),
        // team.yaml: the strict loader, then the `model:` overrides and `exercises:` it hands on.
        .executableTarget(
            name: "FuzzTeamConfig",
            dependencies: [
                "FuzzSupport", .product(name: "Batch", package: hipbalance),
                .product(name: "Analysis", package: hipbalance),
                .product(name: "Ingest", package: hipbalance), .product(name: "HipBalanceCore", package: hipbalance),
            ]),
        // A Strava bulk-export zip inside an athlete's folder, as discovery reads it.
        .executableTarget(
            name: "FuzzZipExport",
            dependencies: [
                "FuzzSupport", .product(name: "Batch", package: hipbalance),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
