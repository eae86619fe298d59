import Foundation
import Pathway
import PathwayStore

/// A stored record seen through the rules the server has now: its current learner, with the
/// resources marked done counted as completed, its plan, and which resources have retired.
struct RecordPlanner {
  let pathway: Pathway
  /// The ids of every resource in the catalogue served.
  let resourceIDs: Set<String>
  /// The ids of every capability in the framework served.
  let capabilityIDs: Set<String>

  /// Records seen through a rule set.
  init(pathway: Pathway) {
    self.pathway = pathway
    resourceIDs = Set(pathway.resources.map(\.id.value))
    capabilityIDs = Set(pathway.framework.capabilities.map(\.id.value))
  }

  /// The record's current learner, with done resources completed and whatever has left the
  /// catalogue or the framework since left out; the diagnostics when it still does not check.
  func learner(_ record: StoredRecord) throws(DiagnosticsError) -> Learner {
    guard let current = record.assessments.last else {
      throw DiagnosticsError([.recordWithoutAssessment])
    }
    let done = record.progress.filter { $0.status == "done" }.map(\.resource)
    return try learner(CurrentLearner(learner: current.learner, done: done))
  }

  /// A stored learner with the resources done completed, through the rules served now.
  func learner(_ current: CurrentLearner) throws(DiagnosticsError) -> Learner {
    let text = StoredLearner.text(
      current: current.learner, resources: resourceIDs, capabilities: capabilityIDs)
    var learner = try pathway.learner(from: Array(text.utf8), file: "record")
    for resource in current.done
    where resourceIDs.contains(resource) && !learner.hasCompleted(resource) {
      learner.completed.append(Located(resource, at: learner.location))
    }
    return learner
  }

  /// The record as `GET /api/records/ID` answers it.
  func json(_ record: StoredRecord, learner: Learner) -> JSON {
    let known = resourceIDs
    return .object([
      ("record", .string(record.id)),
      ("learner", StoredLearner.json(record.assessments.last?.learner ?? "{}")),
      ("organisation", record.organisation.map(JSON.string) ?? .null),
      ("staffGroup", record.staffGroup.map(JSON.string) ?? .null),
      (
        "assessments",
        .array(
          record.assessments.map {
            .object([
              ("at", .string(Self.timestamp($0.at))),
              ("assessment", StoredLearner.json($0.learner)),
            ])
          })
      ),
      (
        "progress",
        .array(
          record.progress.map {
            .object([
              ("resource", .string($0.resource)), ("status", .string($0.status)),
              ("at", .string(Self.timestamp($0.at))),
              ("retired", .bool(!known.contains($0.resource))),
            ])
          })
      ),
      ("plan", pathway.plan(for: learner).json),
    ])
  }

  /// Seconds since 1970 as RFC 3339 in UTC.
  static func timestamp(_ seconds: Int64) -> String {
    Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(
      Date.ISO8601FormatStyle(timeZone: TimeZone(secondsFromGMT: 0) ?? .gmt))
  }

  /// One capability whose assessed level changed between two assessments.
  struct LevelChange {
    let capability: Framework.Capability
    let from: Int
    let to: Int
  }

  /// The capabilities whose assessed level differs between two learners, in framework order.
  func levelChanges(from old: Learner, to new: Learner) -> [LevelChange] {
    pathway.framework.capabilities.compactMap { capability in
      let id = capability.id.value
      let (from, to) = (old.assessedLevel(id), new.assessedLevel(id))
      return from == to ? nil : LevelChange(capability: capability, from: from, to: to)
    }
  }

  /// The level changes as `POST /api/records/ID/assessments` answers them.
  func changes(from old: Learner, to new: Learner) -> JSON {
    .array(
      levelChanges(from: old, to: new).map {
        .object([
          ("capability", .string($0.capability.id.value)), ("from", .int($0.from)),
          ("to", .int($0.to)),
        ])
      })
  }
}

extension Diagnostic {
  /// A stored record with no assessment to plan from.
  static let recordWithoutAssessment = Diagnostic(
    .emptyFile, "the record holds no assessment", at: .file("record"))
}
