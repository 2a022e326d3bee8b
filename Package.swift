// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "planboard",
    products: [
        .executable(name: "planboard", targets: ["planboard"]),
        .executable(name: "planboard-bench", targets: ["planboard-bench"]),
        .library(name: "PlanBoardCore", targets: ["PlanBoardCore"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Modules/CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Modules/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "PlanBoardCore", dependencies: ["CZlib"]),
        .executableTarget(
            name: "planboard",
            dependencies: ["PlanBoardCore", "CNcurses"]
        ),
        .executableTarget(
            name: "planboard-bench",
            dependencies: ["PlanBoardCore"]
        ),
        .testTarget(
            name: "PlanBoardCoreTests",
            dependencies: ["PlanBoardCore"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["planboard"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
