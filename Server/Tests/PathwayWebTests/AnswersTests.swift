import Foundation
import Pathway
import Testing

@testable import PathwayWeb

@Suite("Answers carried in links")
struct AnswersTests {
  @Test(
    "A link's query reads back as the same answers",
    arguments: [
      "archetype=user&profession=nurse",
      "archetype=user&profession=mental+health+nurse&level-ai.ml=2&hours=2.5&format=video&free=1&done=a&done=b",
      "archetype=user&profession=sage-femme%20%C3%A0%20Lyon%20%26%20%3D%2B&level-ai.ml=x",
    ])
  func roundTrip(query: String) {
    let answers = LearnerAnswers(FormFields(query: query))
    let again = LearnerAnswers(FormFields(query: answers.query))
    #expect(again.query == answers.query)
    #expect(again.profession == answers.profession)
    #expect(again.levels.map(\.value) == answers.levels.map(\.value))
    #expect(again.completed == answers.completed)
  }

  @Test("Form fields decode + as a space and %XX, and keep repeated names in order")
  func formFields() {
    let fields = FormFields(query: "a=1+2&b=%C3%A9&a=3&c&=x&d=%ZZ")
    #expect(fields.first("a") == "1 2")
    #expect(fields.all("a") == ["1 2", "3"])
    #expect(fields.first("b") == "é")
    #expect(fields.first("c") == "")
    #expect(fields.first("d") == nil)
  }

  @Test("Hours become minutes; nonsense is an error on the hours field")
  func hours() {
    #expect(LearnerAnswers(FormFields(query: "hours=2.5")).budgetMinutes == 150)
    #expect(LearnerAnswers(FormFields(query: "hours=")).budgetMinutes == nil)
    #expect(LearnerAnswers(FormFields(query: "hours=")).hoursErrors.isEmpty)
    for bad in ["abc", "-1", "0", "99999", "nan", "inf"] {
      #expect(
        LearnerAnswers(FormFields(query: "hours=\(bad)")).hoursErrors.map(\.field) == ["hours"],
        "\(bad)")
    }
  }

  @Test("A problem the library finds points back at the field it came from")
  func problemsPointAtFields() throws {
    let pathway = try #require(bundled).pathway
    let answers = LearnerAnswers(
      FormFields(
        query: "archetype=user&profession=nurse&level-ai.ml=9&format=telepathy&done=nothing"))
    let errors = answers.learner(with: pathway).errors
    #expect(Set(errors.map(\.field)) == ["level-ai.ml", "format", "done"])
  }
}
