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
        .target(
            name: "KZAlign",
            dependencies: ["CICU"],
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
        // Benchmark of the glossary stage (scripts/bench-glossary.sh).
        .executableTarget(
            name: "kzalign-bench-glossary",
            dependencies: ["KZAlign"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "KZAlignTests",
            dependencies: ["KZAlign"],
            exclude: ["Glossary/Fixtures"],
            swiftSettings: strictSettings
        ),
    ]
)
