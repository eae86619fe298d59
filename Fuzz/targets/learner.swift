// Fuzz target `learner`: the input as a learner for the bundled rules and catalogue; a learner
// that checks is planned, a few resources explained, and the plan printed in every format.
import Foundation

@testable import Pathway

let bundled: Pathway? = try? Pathway.check(InputPaths(root: Fuzz.root)).pathway

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard let pathway = bundled else {
    print("the bundled rules and catalogue do not check; run `pathway check`")
    abort()
  }
  let learner: Learner
  do throws(DiagnosticsError) {
    learner = try pathway.learner(from: Fuzz.bytes(data, size), file: "learner.yaml")
  } catch {
    Fuzz.render(error.diagnostics, seed: size)
    return 0
  }
  let framework = pathway.compiled.project.framework
  let plan = pathway.plan(for: learner)
  Fuzz.renderPlan(plan, framework: framework)
  // Each explanation plans again, so two: a planned resource and one that is not.
  let planned = Set(plan.steps.map(\.resource.id.value))
  var ids = plan.steps.prefix(1).map(\.resource.id.value)
  let index = size % Swift.max(1, pathway.compiled.resources.count)
  if let other = pathway.compiled.resources.dropFirst(index).first(where: {
    !planned.contains($0.id.value)
  }) {
    ids.append(other.id.value)
  }
  _ = pathway.explain("no-such-resource", for: learner)
  for id in ids {
    if let explanation = pathway.explain(id, for: learner) {
      _ = ExplanationTextRenderer(framework: framework).render(explanation)
    }
  }
  return 0
}
