// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "kzalign",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "KZAlign", targets: ["KZAlign"]),
        .executable(name: "kzalign", targets: ["kzalign"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The only code that includes ICU headers. Its public header uses plain C types.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // The SQLite C API (Debian libsqlite3-dev), used only by the index.sqlite writer.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // gzip decompression (FreeDict .dict.dz) for the aligner; links Debian zlib1g-dev's libz.
        .target(
            name: "CZlib",
            linkerSettings: [.linkedLibrary("z")]
        ),
        // LZ4 frames (Debian liblz4-dev) for the documents the align stage holds packed.
        .target(
            name: "CLZ4",
            linkerSettings: [.linkedLibrary("lz4")]
        ),
        // SHA-256 for document fingerprints and cache keys; links Debian libssl-dev's libcrypto.
        .target(
            name: "CCrypto",
            linkerSettings: [.linkedLibrary("crypto")]
        ),
        // The allocator: freed memory handed back to the system between large phases.
        .target(name: "CMemory"),
        // jemalloc (Debian libjemalloc-dev, linked statically) as the kzalign executable's allocator.
        .target(
            name: "CJemalloc",
            linkerSettings: [.linkedLibrary("jemalloc_pic", .when(platforms: [.linux]))]
        ),
        .target(
            name: "KZAlign",
            dependencies: ["CICU", "CSQLite", "CZlib", "CLZ4", "CCrypto", "CMemory"],
            swiftSettings: strictSettings
        ),
        // Corpora built in code for tests and benchmarks (not a product).
        .target(
            name: "KZAlignTestSupport",
            dependencies: ["KZAlign"],
            swiftSettings: strictSettings
        ),
        // Times each output format on a generated corpus; writes the fixture outputs for scripts/check-report.sh.
        .executableTarget(
            name: "kzalign-bench-outputs",
            dependencies: ["KZAlign", "KZAlignTestSupport"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "kzalign",
            dependencies: [
                "KZAlign",
                .target(name: "CJemalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Benchmark of the names stage (scripts/bench-names.sh); not part of the product.
        .executableTarget(
            name: "kzalign-bench-names",
            dependencies: ["KZAlign"],
            swiftSettings: strictSettings
        ),
        // Benchmark of comparable alignment on a generated corpus (scripts/bench-align.sh).
        .executableTarget(
            name: "kzalign-bench-align",
            dependencies: ["KZAlign"],
            swiftSettings: strictSettings
        ),
        // Benchmark of the glossary stage (scripts/bench-glossary.sh).
        .executableTarget(
            name: "kzalign-bench-glossary",
            dependencies: ["KZAlign"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "KZAlignTests",
            dependencies: ["KZAlign", "KZAlignTestSupport"],
            exclude: ["Output/Golden", "Glossary/Fixtures"],
            swiftSettings: strictSettings
        ),
    ]
)
