import Foundation
import Testing

@testable import Pathway

/// A place names its file by a number kept for the process; it must still read, compare and
/// order as its path does.
@Suite("Source locations")
struct SourceLocationTests {
  @Test("a place gives back its path, and an input its name, however many names came before")
  func namesRoundTrip() {
    let paths = (0..<50).map { "catalogue/resources/part-\(49 - $0).yaml" }
    let places = paths.enumerated().map { SourceLocation(file: $1, line: $0 + 1, column: 3) }
    #expect(places.map(\.file) == paths)
    #expect(places.map(\.description) == paths.indices.map { "\(paths[$0]):\($0 + 1):3" })
    let input = SourceLocation.input("budget")
    #expect(input.input == "budget" && input.file.isEmpty && input.description == "budget")
    #expect(SourceLocation.file("budget").input == nil)
  }

  @Test("places are equal only with the same path and position, and an input is not a file")
  func equality() {
    let place = SourceLocation(file: "rules/a.yaml", line: 2, column: 5)
    #expect(place == SourceLocation(file: "rules/a.yaml", line: 2, column: 5))
    #expect(place != SourceLocation(file: "rules/b.yaml", line: 2, column: 5))
    #expect(place != SourceLocation(file: "rules/a.yaml", line: 2, column: 6))
    #expect(SourceLocation.input("rules/a.yaml") != SourceLocation.file("rules/a.yaml"))
    #expect(Set([place, SourceLocation(file: "rules/a.yaml", line: 2, column: 5)]).count == 1)
  }

  @Test("places order by path, then line, then column, whichever path was named first")
  func ordering() {
    let later = SourceLocation(file: "zz-named-first.yaml", line: 1, column: 1)
    let earlier = SourceLocation(file: "aa-named-second.yaml", line: 9, column: 9)
    #expect(earlier < later)
    #expect(
      SourceLocation(file: "aa-named-second.yaml", line: 9, column: 1) < earlier)
    var moved = later
    moved.file = "aa-named-second.yaml"
    #expect(moved < earlier && moved.file == "aa-named-second.yaml")
  }

  @Test("paths Unicode calls equivalent keep their own bytes: on Linux they are different files")
  func namesByBytes() {
    let composed = "caf\u{E9}.yaml"
    let decomposed = "cafe\u{301}.yaml"
    let first = SourceLocation(file: composed, line: 1, column: 1)
    let second = SourceLocation(file: decomposed, line: 1, column: 1)
    #expect(Array(first.file.utf8) == Array(composed.utf8))
    #expect(Array(second.file.utf8) == Array(decomposed.utf8))
    #expect(first != second)
  }

  @Test("names given from many threads at once each come back as given")
  func namesFromThreads() {
    let results = ConcurrentSlots(count: 64, repeating: [String]())
    DispatchQueue.concurrentPerform(iterations: 64) { worker in
      let names = (0..<40).map { "threads/\(($0 * 7 + worker) % 97).yaml" }
      results.store(
        names.map { SourceLocation(file: $0, line: 1, column: 1).file }, at: worker)
    }
    for (worker, read) in results.values.enumerated() {
      #expect(read == (0..<40).map { "threads/\(($0 * 7 + worker) % 97).yaml" })
    }
  }
}
