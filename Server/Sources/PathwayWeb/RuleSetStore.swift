import Logging
import Pathway
import Synchronization

/// The rules and catalogue the server plans with: checked once at start, swapped whole on reload.
///
/// Every request takes the set current when it starts and keeps it to the end, so a reload never
/// changes an answer half-way; a reload that fails validation keeps the old set.
public final class RuleSetStore: Sendable {
  /// Where the rules and catalogue are read from.
  public let paths: InputPaths
  private let current: Mutex<Pathway>

  /// The store for a checked rule set.
  public init(_ pathway: Pathway, paths: InputPaths) {
    self.paths = paths
    current = Mutex(pathway)
  }

  /// Reads and checks the rules and catalogue: the store and the warnings, or every diagnostic
  /// thrown when they do not check.
  public static func load(_ paths: InputPaths) throws(DiagnosticsError) -> (
    store: RuleSetStore, warnings: [Diagnostic]
  ) {
    let checked = try Pathway.check(paths)
    return (RuleSetStore(checked.pathway, paths: paths), checked.warnings)
  }

  /// The rule set in use now.
  public var pathway: Pathway {
    current.withLock { $0 }
  }

  /// Reads the files again and, when they check, puts them in use; else keeps the set in use.
  ///
  /// Either way every diagnostic is logged. Returns whether the new set is in use.
  @discardableResult
  public func reload(logger: Logger) -> Bool {
    let pathway: Pathway
    do throws(DiagnosticsError) {
      let checked = try Pathway.check(paths)
      Self.log(checked.warnings, to: logger)
      pathway = checked.pathway
    } catch {
      Self.log(error.diagnostics, to: logger)
      logger.error(
        "reload refused: the rules and catalogue do not check; still serving the previous set",
        metadata: ["inputs": "\(self.pathway.provenance.inputs)"])
      return false
    }
    current.withLock { $0 = pathway }
    logger.notice(
      "rules and catalogue reloaded", metadata: ["inputs": "\(pathway.provenance.inputs)"])
    return true
  }

  /// Logs each diagnostic at its severity.
  private static func log(_ diagnostics: [Diagnostic], to logger: Logger) {
    for diagnostic in diagnostics {
      logger.log(
        level: diagnostic.severity == .error ? .error : .warning,
        "\(DiagnosticRenderer.text(diagnostic))")
    }
  }
}
