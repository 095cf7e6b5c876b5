// swift-tools-version: 6.0
import PackageDescription

// Vuosikello: the layout follows the data. Rules are loaded (Rules), scheduled into
// a plan (Scheduling), stored (Storage), rendered (Rendering) and published
// (Publishing); the `vuosikello` executable is a thin command layer on top.
let package = Package(
    name: "Vuosikello",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vuosikello", targets: ["vuosikello"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.0.0"),
    ],
    targets: [
        // libical from the system (Debian: libical-dev), found through pkg-config.
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"]), .brew(["libical"])]
        ),
        .target(
            name: "Rules",
            dependencies: ["CLibical", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Scheduling",
            dependencies: ["Rules"]
        ),
        .target(
            name: "Storage",
            dependencies: ["Rules", "Scheduling", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "Rendering",
            dependencies: [
                "Rules", "Scheduling", "Storage", "CLibical",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The default templates are compiled in: the binary works from any folder.
            plugins: ["EmbeddedTemplates"]
        ),
        .executableTarget(name: "EmbedTemplates", path: "Tools/EmbedTemplates"),
        .plugin(name: "EmbeddedTemplates", capability: .buildTool(), dependencies: ["EmbedTemplates"]),
        .target(
            name: "Publishing",
            dependencies: [
                "Rules", "Scheduling", "Storage", "Rendering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // A synthetic national workload for the benchmark, written as ordinary rule files.
        .target(
            name: "Workloads",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The commit a packaged binary was built from, for `vuosikello --version`.
        .target(name: "CBuildInfo"),
        .executableTarget(
            name: "vuosikello",
            dependencies: [
                "Rules", "Scheduling", "Storage", "Rendering", "Publishing", "Workloads", "CBuildInfo",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Helpers every test target shares: the real binary, the Python peers, the example.
        .target(name: "TestSupport", dependencies: ["Rules"], path: "Tests/Support"),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "TestSupport"]),
        .testTarget(name: "SchedulingTests", dependencies: ["Rules", "Scheduling", "TestSupport"]),
        .testTarget(name: "StorageTests", dependencies: ["Rules", "Scheduling", "Storage", "TestSupport",
                                                    .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "RenderingTests",
            dependencies: [
                "Rules", "Scheduling", "Storage", "Rendering", "TestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "PublishingTests",
                    dependencies: ["Rules", "Scheduling", "Storage", "Rendering", "Publishing", "TestSupport",
                                   .product(name: "HummingbirdTesting", package: "hummingbird")]),
        .testTarget(name: "CLITests", dependencies: ["Rules", "Scheduling", "Storage", "Workloads", "TestSupport",
                                                  .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
