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
        .target(name: "PlanBoardCore"),
        .executableTarget(
            name: "planboard",
            dependencies: ["PlanBoardCore", "CNcurses"],
            // The Swift runtime and Foundation linked in: a release build starts in a third of the
            // time (no dynamic loading or relocation of a dozen large libraries). See DECISIONS.md.
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
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
