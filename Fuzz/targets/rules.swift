// Fuzz target `rules`: the input as one more rules file beside the valid fixture's rules.
@testable import Pathway

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let path = Fuzz.write(data, size, to: "rules.yaml")
  Fuzz.load(
    InputPaths(rules: [Fuzz.valid + "/rules", path], catalogue: [Fuzz.valid + "/catalogue"]),
    seed: size)
  return 0
}
