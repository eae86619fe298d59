// Fuzz target `rules`: the input as one more rules file beside the valid fixture's rules.
@testable import Pathway

let base = Fuzz.decodedOnce(
  InputPaths(rules: [Fuzz.valid + "/rules"], catalogue: [Fuzz.valid + "/catalogue"]))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  Fuzz.load(data, size, at: "fuzz/rules.yaml", as: nil, onto: base)
  return 0
}
