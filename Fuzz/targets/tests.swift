// Fuzz target `tests`: the input as one more rule-tests file beside the valid fixture's rules;
// when the project loads, every rule test is run.
@testable import Pathway

let base = Fuzz.decodedOnce(
  InputPaths(rules: [Fuzz.valid + "/rules"], catalogue: [Fuzz.valid + "/catalogue"]))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  Fuzz.load(data, size, at: "fuzz/tests.yaml", as: nil, onto: base, runTests: true)
  return 0
}
