extension Plan.Provenance {
  /// The engine's version, in every plan's provenance.
  public static let engineVersion = "0.1.0"

  /// Identifies the exact input files: a digest of each file's name and bytes, in name order.
  static func of(_ files: [SourceFile]) -> Plan.Provenance {
    var digest = SHA256()
    for file in files.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
      digest.update(file.name.utf8)
      digest.update([0])
      var content = SHA256()
      content.update(file.bytes)
      digest.update(content.hexDigest().utf8)
    }
    return Plan.Provenance(engine: engineVersion, inputs: "sha256:" + digest.hexDigest())
  }
}
