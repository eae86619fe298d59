// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Pathway",
  products: [
    .library(name: "Pathway", targets: ["Pathway"]),
    .executable(name: "pathway", targets: ["PathwayCommand"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    .target(name: "Pathway", dependencies: ["CLibYAML"]),
    .executableTarget(
      name: "PathwayCommand",
      dependencies: [
        "Pathway",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "PathwayTests",
      dependencies: ["Pathway"],
      exclude: ["Fixtures"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
