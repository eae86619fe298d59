import Testing

@testable import Pathway

@Suite("HTML")
struct HTMLTests {
  static let hostile = "<a href=\"x\" title='y'>&amp;</a>"

  @Test("an interpolated string is escaped and a literal is kept as written")
  func interpolatedTextIsEscaped() {
    let html: HTML = "<p class=\"x\">\(Self.hostile)</p>"
    #expect(
      html.description
        == "<p class=\"x\">&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;</p>")
  }

  @Test("interpolated HTML is kept, and a number is written as digits")
  func interpolatedMarkupIsKept() {
    let inner: HTML = "<b>\(Self.hostile)</b>"
    let outer: HTML = "<p>\(inner) \(42)</p>"
    #expect(outer.description == "<p><b>\(HTMLEscaping.escape(Self.hostile))</b> 42</p>")
  }

  @Test("joining and adding keep markup and add no escaping of their own")
  func joiningKeepsMarkup() {
    let items = ["a&b", "<c>"].map { (text) -> HTML in "<li>\(text)</li>" }
    var list: HTML = "<ul>"
    list += items.joined(separator: "\n") + "</ul>"
    #expect(list.description == "<ul><li>a&amp;b</li>\n<li>&lt;c&gt;</li></ul>")
    #expect(([] as [HTML]).joined().isEmpty)
  }

  @Test("a page escapes its title and body class and keeps its head and body")
  func pageShell() {
    let page = HTMLPage(
      title: "A & B", head: "<style>p{}</style>", bodyClass: "x\"y", body: "<p>\("<")</p>\n")
    #expect(
      page.html.description == """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>A &amp; B</title>
        <style>p{}</style>
        </head>
        <body class="x&quot;y">
        <p>&lt;</p>
        </body>
        </html>

        """)
  }
}
