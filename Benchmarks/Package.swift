// swift-tools-version: 6.0
import PackageDescription

// Benchmarks live in a package of their own, so that the product depends on no peer: Yams is
// here only to be measured against, from an executable of its own (it vendors libyaml's C
// symbols, which would clash with the machine's libyaml that Pathway links).
let package = Package(
  name: "PathwayBenchmarks",
  dependencies: [
    .package(name: "Pathway", path: ".."),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
  ],
  targets: [
    .target(name: "Workload", dependencies: [.product(name: "Pathway", package: "Pathway")]),
    .target(name: "RawLibYAML", linkerSettings: [.linkedLibrary("yaml")]),
    .executableTarget(
      name: "PathwayBenchmarks",
      dependencies: ["Workload", "RawLibYAML", .product(name: "Pathway", package: "Pathway")]
    ),
    .executableTarget(name: "YamsDecoding", dependencies: ["Yams"]),
  ],
  swiftLanguageModes: [.v6]
)
