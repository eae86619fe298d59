// Fuzz target `reader`: YAMLReader on arbitrary bytes, with a first line other than 1 half the
// time (the JSON Lines path), and its diagnostics rendered; then the same bytes decoded as a
// resources file, as libyaml parses them (anchors kept while the events decoded are let go).
@testable import Pathway

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Fuzz.bytes(data, size)
  let firstLine = size % 2 == 0 ? 1 : 1 + size
  do throws(DiagnosticsError) {
    let document = try YAMLReader().read(bytes, file: "fuzz.yaml", firstLine: firstLine)
    _ = ProjectLoader.kind(of: YAMLStream(document))
  } catch {
    Fuzz.render(error.diagnostics, seed: size)
  }
  var decoded = ProjectLoader.DecodedFiles()
  ProjectLoader().decode(
    SourceFile(path: "fuzz.yaml", name: "fuzz.yaml", bytes: bytes), kind: nil, into: &decoded)
  Fuzz.render(decoded.diagnostics, seed: size)
  return 0
}
