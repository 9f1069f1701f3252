// swift-tools-version:6.0
import PackageDescription

// One target per stage of the pipeline; each depends only on the stages before it.
let package = Package(
    name: "Anhinga",
    products: [
        .library(name: "AnhingaSyntax", targets: ["AnhingaSyntax"]),
        .executable(name: "anhinga", targets: ["AnhingaCLI"]),
    ],
    targets: [
        .target(name: "AnhingaSyntax"),
        .executableTarget(name: "AnhingaCLI", dependencies: ["AnhingaSyntax"]),
        .testTarget(name: "AnhingaSyntaxTests", dependencies: ["AnhingaSyntax"]),
    ]
)
