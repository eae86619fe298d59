/// One learner's record as kept: who holds it, their assessments over time, and their progress.
public struct StoredRecord: Sendable, Equatable {
  /// One assessment, kept as the learner JSON the engine reads.
  public struct Assessment: Sendable, Equatable {
    /// Seconds since 1970, UTC.
    public var at: Int64
    public var learner: String
  }

  /// Where the learner is with one resource.
  public struct Progress: Sendable, Equatable {
    public var resource: String
    /// `started` or `done`.
    public var status: String
    /// Seconds since 1970, UTC.
    public var at: Int64
  }

  public var id: String
  /// The SHA-256 hash of the record's key.
  public var keyHash: String
  public var organisation: String?
  public var staffGroup: String?
  /// Seconds since 1970, UTC.
  public var created: Int64
  /// Seconds since 1970, UTC: the last change.
  public var active: Int64
  /// Oldest first; the last is the current one.
  public var assessments: [Assessment]
  /// In order of resource id.
  public var progress: [Progress]
}

/// A key a workforce lead holds for one organisation's report.
public struct LeadKey: Sendable, Equatable {
  public var id: String
  public var organisation: String
  /// The SHA-256 hash of the key.
  public var keyHash: String
  /// Seconds since 1970, UTC.
  public var created: Int64

  /// A key of an organisation, by id and hash.
  public init(id: String, organisation: String, keyHash: String, created: Int64) {
    self.id = id
    self.organisation = organisation
    self.keyHash = keyHash
    self.created = created
  }
}
