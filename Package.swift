// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "hipbalance",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hipbalance", targets: ["hipbalance"]),
        // The layers as libraries, for packages beside this one (the fuzz targets in Fuzz/).
        .library(name: "HipBalanceCore", targets: ["HipBalanceCore"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Batch", targets: ["Batch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C libraries from Debian packages, through thin module maps (CGzip: zlib).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CGzip", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Domain value types: no I/O, Foundation only.
        .target(name: "HipBalanceCore"),

        // Bytes -> values: GPX/TCX streaming reader, strength-log readers, exercise catalogue.
        .target(
            name: "Ingest",
            dependencies: [
                "HipBalanceCore", "CLibXML2", "CGzip",
                .product(name: "Yams", package: "Yams"),
            ],
            // Compiled into the binary (`PackageResources.exercises_yaml`), so a release binary
            // copied anywhere needs no resource bundle beside it.
            resources: [.embedInCode("Resources/exercises.yaml")]
        ),

        // Values -> assessments: pure model functions.
        .target(name: "Analysis", dependencies: ["HipBalanceCore"]),

        // Assessments -> documents: pure renderers.
        .target(name: "Reports", dependencies: ["HipBalanceCore", "Analysis"]),

        // The team run: discovery, cache, parallel ingest, dedup, outputs, sharding.
        .target(
            name: "Batch",
            dependencies: [
                "HipBalanceCore", "Ingest", "Analysis", "Reports", "CGzip",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // The thin executable.
        .executableTarget(
            name: "hipbalance",
            dependencies: [
                "Batch", "Ingest", "HipBalanceCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Shared by every test target: package root, corpus gating, seeded generator, golden
        // files, temporary folders, process runner.
        .target(
            name: "HipBalanceTestSupport",
            dependencies: ["CGzip"],
            path: "Tests/HipBalanceTestSupport"
        ),

        .testTarget(name: "HipBalanceCoreTests", dependencies: ["HipBalanceCore", "HipBalanceTestSupport"]),
        // Analysis: the grade tests read synthetic hills and check the grades the model computes from them.
        .testTarget(
            name: "IngestTests", dependencies: ["Ingest", "Analysis", "HipBalanceCore", "HipBalanceTestSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "HipBalanceCore", "HipBalanceTestSupport"]),
        // Golden files are read at run time from the source tree, not bundled.
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "Analysis", "HipBalanceCore", "HipBalanceTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "BatchTests",
            dependencies: [
                "Batch", "Ingest", "Analysis", "Reports", "HipBalanceCore", "HipBalanceTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Inputs found by the fuzz targets, read at run time from the source tree.
            exclude: ["FuzzFindings"]
        ),
        // Tests that launch the binary: depending on the executable makes `swift build --build-tests`
        // build it beside the tests, so the binary tested is always the one just built.
        .testTarget(
            name: "hipbalanceCLITests",
            dependencies: [
                "hipbalance", "Batch", "HipBalanceTestSupport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
