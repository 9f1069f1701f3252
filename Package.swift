// swift-tools-version:6.0
import PackageDescription

// One target per stage of the pipeline; each depends only on the stages before it.
let package = Package(
    name: "Anhinga",
    products: [
        .library(name: "AnhingaSyntax", targets: ["AnhingaSyntax"]),
        .library(name: "AnhingaCompiler", targets: ["AnhingaCompiler"]),
        .library(name: "AnhingaRuntime", targets: ["AnhingaRuntime"]),
        .executable(name: "anhinga", targets: ["AnhingaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .target(name: "AnhingaSyntax", exclude: ["AST/Python.asdl"]),
        .target(name: "AnhingaCompiler", dependencies: ["AnhingaSyntax"]),
        // Objects, types, the evaluation loop, builtins. It runs the compiler's code objects
        // (and compiles for exec/eval/compile); AnhingaSyntax for parsing and the shared reprs.
        .target(name: "AnhingaRuntime", dependencies: ["AnhingaSyntax", "AnhingaCompiler",
                                                       .product(name: "BigInt", package: "BigInt")]),
        .executableTarget(name: "AnhingaCLI", dependencies: ["AnhingaSyntax", "AnhingaCompiler", "AnhingaRuntime"]),
        .testTarget(name: "AnhingaSyntaxTests", dependencies: ["AnhingaSyntax"]),
        .testTarget(name: "AnhingaCompilerTests", dependencies: ["AnhingaCompiler", "AnhingaSyntax"]),
        .testTarget(name: "AnhingaRuntimeTests", dependencies: ["AnhingaRuntime", .product(name: "BigInt", package: "BigInt")]),
        // The command-line tool's own logic, in process (@testable import of the executable target).
        .testTarget(name: "AnhingaCLITests", dependencies: ["AnhingaCLI", "AnhingaSyntax"]),
        // Runs Tests/Conformance/**/*.py through the built `anhinga` binary (a subprocess, so a
        // crash shows as a failed program) and compares with CPython's recorded output.
        .testTarget(name: "ConformanceTests", dependencies: ["AnhingaCLI"], exclude: ["README.md"]),
    ]
)
