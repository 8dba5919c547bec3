// swift-tools-version:5.10
import PackageDescription

let package = Package(
    name: "SelfHelpKit",
    products: [
        .library(name: "SelfHelpKit", targets: ["SelfHelpKit"]),
        .executable(name: "selfhelp", targets: ["selfhelp"]),
        .executable(name: "selfhelp-bench", targets: ["selfhelp-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "SelfHelpKit",
            dependencies: [
                "Ccmark",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "selfhelp",
            dependencies: [
                "SelfHelpKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "selfhelp-bench",
            dependencies: ["SelfHelpKit"],
            path: "Benchmarks/selfhelp-bench"
        ),
        .testTarget(
            name: "SelfHelpKitTests",
            dependencies: ["SelfHelpKit", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "selfhelpTests",
            dependencies: ["selfhelp", "SelfHelpKit"]
        ),
    ]
)
