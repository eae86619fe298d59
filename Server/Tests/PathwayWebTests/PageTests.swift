import Foundation
import Pathway
import Testing

@testable import PathwayWeb

@Suite("The pages")
struct PageTests {
  static let nurse =
    "archetype=user&profession=nurse&level-ai.ml=0&level-data.privacy=1&hours=4&format=e-learning&format=video"

  @Test("The start page offers every archetype with its description and typical roles")
  func startPage() async throws {
    let reply = try await send("/")
    #expect(reply.status == .ok)
    #expect(reply.header("Content-Type") == "text/html; charset=utf-8")
    for archetype in try #require(bundled).pathway.compiled.project.framework.archetypes {
      #expect(reply.body.contains("id=\"archetype-\(archetype.id.value)\""))
      #expect(reply.body.contains(HTMLEscaping.escape(archetype.description)))
      if let role = archetype.roles.first {
        #expect(reply.body.contains(HTMLEscaping.escape(role)))
      }
    }
    #expect(!reply.body.contains("<script"))
  }

  @Test("Every page and API answer carries the security headers")
  func securityHeaders() async throws {
    for uri in [
      "/", "/assess?archetype=user&profession=nurse", "/plan?" + Self.nurse, "/healthz", "/nowhere",
    ] {
      let reply = try await (uri.contains("?") ? submit(uri) : send(uri))
      let policy = try #require(reply.header("Content-Security-Policy"), "\(uri)")
      #expect(policy.contains("default-src 'none'"))
      #expect(!policy.contains("script-src"))
      #expect(reply.header("X-Content-Type-Options") == "nosniff")
      #expect(reply.header("Referrer-Policy") == "no-referrer")
    }
  }

  @Test("The self-assessment has a fieldset a capability, grouped by domain, with statements")
  func assessment() async throws {
    let reply = try await submit("/assess?archetype=user&profession=nurse")
    #expect(reply.status == .ok)
    let framework = try #require(bundled).pathway.compiled.project.framework
    for domain in framework.domains {
      #expect(reply.body.contains("<h2 id=\"domain-\(domain.id.value)\">"))
    }
    for capability in framework.capabilities {
      for level in framework.levels {
        #expect(reply.body.contains("id=\"level-\(capability.id.value)-\(level.level)\""))
      }
    }
    let forUsers = framework.capabilities.flatMap(\.statements).filter {
      $0.archetypes.contains { $0.value == "user" }
    }
    #expect(!forUsers.isEmpty)
    for statement in forUsers {
      #expect(reply.body.contains(HTMLEscaping.escape(statement.text)))
    }
    #expect(reply.body.contains("Users are expected to reach <strong>"))
    #expect(reply.body.contains("<fieldset"))
    #expect(reply.body.contains("<legend"))
  }

  @Test("Searching the catalogue lists matches and keeps what was ticked")
  func search() async throws {
    let reply = try await submit(
      "/assess?archetype=user&profession=nurse&done=elfh-data-security-awareness&q=learning+hub")
    #expect(reply.body.contains("value=\"elfh-data-security-awareness\" checked"))
    #expect(reply.body.contains("value=\"learning-hub-ai-catalogue\""))
    let nothing = try await submit("/assess?archetype=user&profession=nurse")
    #expect(!nothing.body.contains("value=\"learning-hub-ai-catalogue\""))
  }

  @Test("The plan page shows the plan, why not, the downloads and print, each a POST form")
  func planPage() async throws {
    let reply = try await submit("/plan?" + Self.nurse)
    #expect(reply.status == .ok)
    #expect(reply.header("Cache-Control") == "no-store")
    #expect(reply.body.contains("<h1>Your learning plan</h1>"))
    #expect(reply.body.contains("<article>"))
    for download in PlanPage.downloads {
      #expect(reply.body.contains("formaction=\"/plan.\(download.extension)\""))
    }
    #expect(reply.body.contains("action=\"/plan/print\""))
    #expect(reply.body.contains("<form method=\"post\" action=\"/why-not\""))
    #expect(!reply.body.contains("method=\"get\""))
    #expect(!reply.body.contains("href=\"/plan?"))
    #expect(reply.body.contains("name=\"profession\" value=\"nurse\""))
  }

  @Test(
    "An address with answers in it sends the learner to the start",
    arguments: [
      "/plan?" + PageTests.nurse, "/plan/print?" + PageTests.nurse, "/plan.ics?" + PageTests.nurse,
      "/why-not?" + PageTests.nurse, "/assess?archetype=user&profession=nurse",
    ])
  func answersInAddress(uri: String) async throws {
    let reply = try await send(uri)
    #expect(reply.status == .seeOther)
    #expect(reply.header("Location") == "/")
  }

  @Test("Downloads are the plan in each format, as attachments")
  func downloads() async throws {
    let ics = try await submit("/plan.ics?" + Self.nurse)
    #expect(ics.header("Content-Type") == "text/calendar; charset=utf-8")
    #expect(ics.header("Content-Disposition") == "attachment; filename=\"pathway-plan.ics\"")
    #expect(ics.body.hasPrefix("BEGIN:VCALENDAR"))
    let json = try await submit("/plan.json?" + Self.nurse)
    #expect(json.body.contains("\"schemaVersion\": 1"))
    let invalid = try await submit("/plan.csv?archetype=user&profession=nurse&hours=never")
    #expect(invalid.status == .badRequest)
  }

  @Test("Why not: the explanation of a resource, and a 404 for an unknown id")
  func whyNot() async throws {
    let reply = try await submit(
      "/why-not?" + Self.nurse + "&resource=nhse-ambient-scribing-guidance")
    #expect(reply.status == .ok)
    #expect(reply.body.contains("is not in your plan"))
    #expect(reply.body.contains("Not meant for your group"))
    let unknown = try await submit("/why-not?" + Self.nurse + "&resource=no-such-thing")
    #expect(unknown.status == .notFound)
  }

  @Test(
    "Bad answers give a 400 with an error summary linked to the field",
    arguments: [
      ("/plan?archetype=user&profession=nurse&hours=abc", "#hours"),
      ("/plan?archetype=user&profession=nurse&level-ai.ml=7", "#level-ai.ml-0"),
      ("/plan?archetype=user&profession=nurse&done=not-a-resource", "#q"),
      ("/plan?archetype=user&profession=nurse&format=telepathy", "#format-"),
      ("/plan?archetype=nobody&profession=nurse", "#archetype-"),
      ("/plan?archetype=user&profession=", "#profession"),
      ("/assess?profession=nurse", "#archetype-"),
    ])
  func badAnswers(uri: String, anchor: String) async throws {
    let reply = try await submit(uri)
    #expect(reply.status == .badRequest)
    #expect(reply.body.contains("<title>Error: "))
    #expect(reply.body.contains("class=\"error-summary\""))
    #expect(reply.body.contains("<a href=\"\(anchor)"))
    #expect(reply.body.contains("class=\"error-message\""))
  }

  @Test("Every value from a request is escaped in the page")
  func escaping() async throws {
    let hostile = "<script>alert(1)</script>\"'&"
    let encoded = hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    for uri in [
      "/?profession=\(encoded)", "/assess?archetype=user&profession=\(encoded)&q=\(encoded)",
      "/plan?archetype=user&profession=\(encoded)", "/plan?archetype=\(encoded)&profession=x",
      "/plan?archetype=user&profession=x&hours=\(encoded)",
      "/why-not?archetype=user&profession=x&resource=\(encoded)",
    ] {
      let reply = try await submit(uri)
      #expect(!reply.body.contains("<script"), "\(uri)")
      #expect(!reply.body.contains(hostile), "\(uri)")
    }
  }

  @Test("HEAD answers as GET does, without the body; the icon is served")
  func headAndIcon() async throws {
    let head = try await send("/", method: .head)
    #expect(head.status == .ok)
    #expect(head.body.isEmpty)
    #expect(head.header("Content-Type") == "text/html; charset=utf-8")
    let icon = try await send(Stylesheet.iconPath)
    #expect(icon.header("Content-Type") == "image/svg+xml")
    #expect(icon.body.hasPrefix("<svg"))
    #expect(try await send("/favicon.ico").status == .seeOther)
  }

  @Test("An unknown page is a 404 page, not a bare error")
  func unknownPage() async throws {
    let reply = try await send("/nowhere")
    #expect(reply.status == .notFound)
    #expect(reply.body.contains("<h1>Not Found</h1>"))
  }
}
