// swift-tools-version:5.10
import PackageDescription

// Modules are layers; a lower one never imports a higher one (Docs/library.md):
//   SelfHelpKit     the core: input, header, metadata, Markdown (libcmark), article, payload,
//                   validation, spelling (Hunspell), fixing, rendering, reporting. Depends on
//                   Ccmark and Chunspell only.
//   SelfHelpSearch  the SQLite search index (GRDB) over SelfHelpKit's articles.
//   SelfHelpBuild   the build pipeline: pages, feeds, site index, SARIF, search index, caches.
//   SelfHelpLanguageServer  `selfhelp lsp`: JSON-RPC over stdio on SelfHelpKit's Workspace.
//   SelfHelpPreview `selfhelp serve`: the build's pages rendered on request (HTTP through FlyingFox).
//   selfhelp        the command-line tool.
// The command-line tool allocates through mimalloc (Debian `libmimalloc-dev`) on Linux: a build
// of many articles on all cores runs in about a quarter less time than on glibc's allocator, and its peak
// grows less with the knowledge base (Docs/pipeline.md). The libraries leave the allocator to
// the program that links them.
let toolAllocator: [LinkerSetting] = [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "SelfHelpKit",
    products: [
        .library(name: "SelfHelpKit", targets: ["SelfHelpKit"]),
        .library(name: "SelfHelpSearch", targets: ["SelfHelpSearch"]),
        .library(name: "SelfHelpBuild", targets: ["SelfHelpBuild"]),
        .library(name: "SelfHelpLanguageServer", targets: ["SelfHelpLanguageServer"]),
        .executable(name: "selfhelp", targets: ["selfhelp"]),
        .executable(name: "selfhelp-bench", targets: ["selfhelp-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The `spelling` rule's dictionary (Debian `libhunspell-dev` and `hunspell-en-us`);
        // only Sources/SelfHelpKit/Spelling/HunspellDictionary.swift imports it.
        .systemLibrary(
            name: "Chunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev", "hunspell-en-us"])]
        ),
        .target(
            name: "SelfHelpKit",
            dependencies: ["Ccmark", "Chunspell"]
        ),
        .target(
            name: "SelfHelpSearch",
            dependencies: [
                "SelfHelpKit",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "SelfHelpBuild",
            dependencies: ["SelfHelpKit", "SelfHelpSearch"]
        ),
        .target(
            name: "SelfHelpLanguageServer",
            dependencies: ["SelfHelpKit"]
        ),
        .target(
            name: "SelfHelpPreview",
            dependencies: [
                "SelfHelpKit", "SelfHelpBuild",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "selfhelp",
            dependencies: [
                "SelfHelpKit",
                "SelfHelpSearch",
                "SelfHelpBuild",
                "SelfHelpLanguageServer",
                "SelfHelpPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: toolAllocator
        ),
        .executableTarget(
            name: "selfhelp-bench",
            // Ccmark for the reference cost only (CmarkReference.swift): libcmark alone, as a yardstick.
            dependencies: ["SelfHelpKit", "SelfHelpBuild", "Ccmark"],
            // glibc's allocator, as a library's user has it by default: libcmark's reference
            // cost stays the yardstick every earlier figure was measured against.
            path: "Benchmarks/selfhelp-bench"
        ),
        .testTarget(
            name: "SelfHelpKitTests",
            dependencies: ["SelfHelpKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SelfHelpSearchTests",
            dependencies: ["SelfHelpSearch", "SelfHelpKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "SelfHelpBuildTests",
            dependencies: ["SelfHelpBuild", "SelfHelpKit"]
        ),
        .testTarget(
            name: "SelfHelpPreviewTests",
            dependencies: ["SelfHelpPreview"]
        ),
        .testTarget(
            name: "selfhelpTests",
            dependencies: ["selfhelp", "SelfHelpKit", "SelfHelpSearch", "SelfHelpBuild", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
