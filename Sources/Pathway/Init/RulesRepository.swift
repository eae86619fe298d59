import Foundation

/// A new rules repository for a trust, as `pathway init` writes it: one example rule and its
/// test, the bundled framework and resources, the JSON Schemas editors read, a small sample
/// population, and CI and pre-commit files.
public enum RulesRepository {
  /// Every file of a new repository: its path inside the folder and its text.
  public static var files: [(path: String, text: String)] {
    var files = BundledCatalogue.files.map { ("catalogue/" + $0.path, $0.text + "\n") }
    files += SchemaKind.allCases.map {
      ("schemas/\($0.rawValue).schema.json", schema($0))
    }
    files += [
      ("rules/gaps.yaml", exampleRule),
      ("rules/tests/gaps.yaml", exampleTest),
      ("learners/sample.jsonl", samplePopulation),
      (".github/workflows/pathway.yml", workflow),
      (".pre-commit-config.yaml", preCommit),
      (".gitignore", "rule-tests.xml\n"),
      ("README.md", readme),
    ]
    return files
  }

  /// A kind's JSON Schema as `pathway schema` prints it.
  static func schema(_ kind: SchemaKind) -> String {
    JSONSchemaGenerator().schema(for: kind).serialized(pretty: true) + "\n"
  }

  /// Writes a new repository into `folder`, which must be missing or empty; the paths written.
  public static func write(into folder: String) throws(DiagnosticsError) -> [String] {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
      let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
      guard isFolder.boolValue, entries.isEmpty else {
        throw DiagnosticsError([.notANewFolder(folder, isFolder: isFolder.boolValue)])
      }
    }
    var written: [String] = []
    for (path, text) in files {
      let full = folder + "/" + path
      do throws(WriteFailure) {
        try makeFolders(upTo: (full as NSString).deletingLastPathComponent)
        let file = try OutputFile(path: full)
        try file.write(text)
        try file.commit()
      } catch {
        throw DiagnosticsError([error.diagnostic])
      }
      written.append(path)
    }
    return written
  }

  /// Makes a folder and every folder above it that is missing.
  private static func makeFolders(upTo path: String) throws(WriteFailure) {
    var made = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      made += "/" + part
      if mkdir(made, 0o755) != 0 && errno != EEXIST {
        throw WriteFailure(name: made, code: errno)
      }
    }
  }

  static let exampleRule = """
    # yaml-language-server: $schema=../schemas/rules.schema.json
    # The trust's rules. `pathway check` checks them; `pathway test` runs their tests in tests/.

    rules:
      # For every capability below its target, recommend resources on it that do not go past
      # the target.
      - id: close-each-gap
        weight: 2
        when:
          gap: {capability: "*"}
        then:
          - recommend: {capability: "{capability}", level: {max: "{target}"}}
        because: >-
          You are at level {level} in {capability.name}, and {archetype.name} are
          expected to reach level {target}: this helps close that gap.

    """

  static let exampleTest = """
    # yaml-language-server: $schema=../../schemas/tests.schema.json
    # Tests of the rules: a sample learner and what their plan must show.

    tests:
      - name: a nurse new to it all with an hour and a half starts with the framework itself
        learner:
          archetype: user
          profession: nurse
          assessment: {data.privacy: 0}
          preferences: {budgetMinutes: 90}
        expect:
          first: dart-ed-capability-framework
          maxMinutes: 90

    """

  static let samplePopulation = """
    {"id":"sample-1","archetype":"user","profession":"nurse","assessment":{"data.privacy":1,"ai.using":0},"preferences":{"budgetMinutes":600}}
    {"id":"sample-2","archetype":"embedder","profession":"physiotherapist","assessment":{"data.privacy":2,"ai.using":1,"ai.evaluating":1}}
    {"id":"sample-3","archetype":"driver","profession":"chief nursing information officer","assessment":{"data.privacy":3,"ai.using":2},"preferences":{"freeOnly":true}}

    """

  static let workflow = #"""
    # Checks the rules and catalogue, runs the rule tests, and shows what a pull request does to
    # the sample population. Set two repository variables (Settings > Secrets and variables >
    # Actions > Variables): PATHWAY_RELEASE_URL, the address of a Pathway release tarball, and
    # PATHWAY_RELEASE_SHA256, its SHA-256 from the release's SHA256SUMS.
    name: pathway

    on:
      pull_request:
      push:
        branches: [main]

    jobs:
      rules:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
            with:
              fetch-depth: 0
          - name: Install Pathway
            env:
              PATHWAY_RELEASE_URL: ${{ vars.PATHWAY_RELEASE_URL }}
              PATHWAY_RELEASE_SHA256: ${{ vars.PATHWAY_RELEASE_SHA256 }}
            run: |
              sudo apt-get install -y libyaml-0-2
              curl -fsSL "$PATHWAY_RELEASE_URL" -o "$RUNNER_TEMP/pathway.tar.gz"
              echo "$PATHWAY_RELEASE_SHA256  $RUNNER_TEMP/pathway.tar.gz" | sha256sum --check
              mkdir -p "$RUNNER_TEMP/pathway"
              tar -xzf "$RUNNER_TEMP/pathway.tar.gz" -C "$RUNNER_TEMP/pathway" --strip-components=1
              echo "$RUNNER_TEMP/pathway/bin" >> "$GITHUB_PATH"
          - name: Check the rules and catalogue
            run: pathway check --format github
          - name: Run the rule tests
            run: pathway test --format junit > rule-tests.xml
          - name: Keep the rule test report
            if: always()
            uses: actions/upload-artifact@v4
            with:
              name: rule-tests
              path: rule-tests.xml
          - name: What the change does to the sample population
            if: github.event_name == 'pull_request'
            run: >-
              pathway diff --before "origin/${{ github.base_ref }}" --after .
              --learners learners/sample.jsonl --fail-on uncovered

    """#

  static let preCommit = """
    # pre-commit (https://pre-commit.com): `pathway check` before every commit that touches the
    # rules or catalogue. Needs `pathway` on PATH.
    repos:
      - repo: local
        hooks:
          - id: pathway-check
            name: pathway check
            entry: pathway check
            language: system
            pass_filenames: false
            files: ^(rules|catalogue)/.*\\.ya?ml$

    """

  static let readme = """
    # Learning plan rules

    Rules and a catalogue for Pathway: personal learning plans on the
    NHS AI and Digital Healthcare Technologies Capability Framework.

    - `rules/`: when a condition on the learner holds, recommend, exclude, boost, penalise, set
      a target or require. `rules/tests/`: a sample learner and what their plan must show.
    - `catalogue/`: the framework and the learning resources.
    - `learners/sample.jsonl`: a small population, for `pathway diff` in pull requests.

    ```sh
    pathway check                # every problem, by file, line and column
    pathway test                 # the rule tests
    pathway plan learner.yaml    # one learner's plan
    ```

    """
}

extension Diagnostic {
  /// A folder for a new repository that is a file, or a folder with something in it.
  static func notANewFolder(_ path: String, isFolder: Bool) -> Diagnostic {
    Diagnostic(
      .invalidValue, isFolder ? "the folder is not empty" : "a file, not a folder", at: .file(path),
      help: "name a new folder, or an empty one")
  }
}
