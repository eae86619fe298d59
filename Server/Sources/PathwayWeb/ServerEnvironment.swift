import Foundation

/// The server's options from the environment: each `--flag` may be given as `PATHWAY_FLAG`
/// (`--max-body-bytes` as `PATHWAY_MAX_BODY_BYTES`), and a flag on the command line wins.
public enum ServerEnvironment {
  /// The variable that gives a flag: `PATHWAY_` and the flag's name in capitals, `-` as `_`.
  public static func variable(for flag: String) -> String {
    "PATHWAY_" + flag.uppercased().replacingOccurrences(of: "-", with: "_")
  }

  /// The command line with a `--flag value` put in front for each variable set and not given
  /// on the command line; a repeatable flag's variable holds its values separated by `:`.
  public static func arguments(
    _ arguments: [String], environment: [String: String], flags: [String],
    repeatable: Set<String>
  ) -> [String] {
    var added: [String] = []
    for flag in flags {
      guard let value = environment[variable(for: flag)], !value.isEmpty else { continue }
      let given = arguments.contains { $0 == "--" + flag || $0.hasPrefix("--" + flag + "=") }
      guard !given else { continue }
      let values =
        repeatable.contains(flag) ? value.split(separator: ":").map(String.init) : [value]
      for value in values { added += ["--" + flag, value] }
    }
    return added + arguments
  }
}
