// Fuzz target `resources`: the input as a resources file (in a `resources/` folder, so it is
// decoded as resources whatever its shape) beside the valid fixture's framework and catalogue.
@testable import Pathway

let base = Fuzz.decodedOnce(
  InputPaths(rules: [Fuzz.valid + "/rules"], catalogue: [Fuzz.valid + "/catalogue"]))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  Fuzz.load(data, size, at: "fuzz/catalogue/resources/fuzz.yaml", as: .resources, onto: base)
  return 0
}
