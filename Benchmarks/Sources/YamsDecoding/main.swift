import Foundation
import Yams

// Decodes a resources file with Yams' YAMLDecoder into Codable structs of the same shape as
// Pathway's, and prints the seconds taken (best of the runs) as JSON.

struct ResourceFile: Codable {
  struct Resource: Codable {
    var id: String
    var title: String
    var provider: String
    var url: String
    var format: String
    var minutes: Int
    var cost: Double?
    var level: Int
    var capabilities: [String]
    var archetypes: [String]?
    var prerequisites: [String]?
    var tags: [String]?
    var published: String?
    var reviewed: String?
  }

  var resources: [Resource]
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let text = try? String(contentsOfFile: arguments[1], encoding: .utf8)
else {
  FileHandle.standardError.write(Data("usage: YamsDecoding FILE [RUNS]\n".utf8))
  exit(2)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
var best = Double.infinity
var count = 0
for _ in 0..<runs {
  let start = DispatchTime.now().uptimeNanoseconds
  guard let decoded = try? YAMLDecoder().decode(ResourceFile.self, from: text) else { exit(1) }
  count = decoded.resources.count
  best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
print("{\"seconds\": \(best), \"resources\": \(count)}")
