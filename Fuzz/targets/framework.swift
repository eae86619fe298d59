// Fuzz target `framework`: the input as the framework (`framework.yaml` in a catalogue folder of
// its own, so it is decoded as the framework whatever its shape), with the valid fixture's
// resources and rules.
@testable import Pathway

let base = Fuzz.decodedOnce(
  InputPaths(rules: [Fuzz.valid + "/rules"], catalogue: [Fuzz.valid + "/catalogue/resources"]))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  Fuzz.load(data, size, at: "fuzz/catalogue/framework.yaml", as: .framework, onto: base)
  return 0
}
