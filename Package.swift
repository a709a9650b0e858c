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
        // gzip decompression (FreeDict .dict.dz) for the aligner; links Debian zlib1g-dev's libz.
        .target(
            name: "CZlib",
            linkerSettings: [.linkedLibrary("z")]
        ),
        .target(
            name: "KZAlign",
            dependencies: ["CICU", "CZlib"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "kzalign",
            dependencies: [
                "KZAlign",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Benchmark of comparable alignment on a generated corpus (scripts/bench-align.sh).
        .executableTarget(
            name: "kzalign-bench-align",
            dependencies: ["KZAlign"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "KZAlignTests",
            dependencies: ["KZAlign"],
            swiftSettings: strictSettings
        ),
    ]
)
