// Fuzz target `tests`: the input as one more rule-tests file beside the valid fixture's rules;
// when the project loads, every rule test is run.
@testable import Pathway

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let path = Fuzz.write(data, size, to: "tests.yaml")
  Fuzz.load(
    InputPaths(rules: [Fuzz.valid + "/rules", path], catalogue: [Fuzz.valid + "/catalogue"]),
    seed: size, runTests: true)
  return 0
}
