// Fuzz target `resources`: the input as a resources file (in a `resources/` folder, so it is
// decoded as resources whatever its shape) beside the valid fixture's framework and catalogue.
@testable import Pathway

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = Fuzz.write(data, size, to: "catalogue/resources/fuzz.yaml")
  Fuzz.load(
    InputPaths(
      rules: [Fuzz.valid + "/rules"],
      catalogue: [Fuzz.valid + "/catalogue", Fuzz.scratch + "/catalogue"]),
    seed: size)
  return 0
}
