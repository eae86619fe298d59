// Fuzz target `framework`: the input as the framework (`framework.yaml` in a catalogue folder of
// its own, so it is decoded as the framework whatever its shape), with the valid fixture's
// resources and rules.
@testable import Pathway

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = Fuzz.write(data, size, to: "catalogue/framework.yaml")
  Fuzz.load(
    InputPaths(
      rules: [Fuzz.valid + "/rules"],
      catalogue: [Fuzz.valid + "/catalogue/resources", Fuzz.scratch + "/catalogue"]),
    seed: size)
  return 0
}
