/// A record as an organisation's reports see it: the current learner and the resources done.
public struct CurrentLearner: Sendable, Equatable {
  /// The current assessment, as the learner JSON the engine reads.
  public var learner: String
  /// The resources marked done, in order of id.
  public var done: [String]

  /// A learner and what they have done.
  public init(learner: String, done: [String]) {
    self.learner = learner
    self.done = done
  }
}
