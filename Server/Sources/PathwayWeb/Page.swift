import Pathway

/// The frame every page shares: the service's header, a skip link, the main content, and a
/// footer linking to what is kept.
struct Page {
  var title: String
  /// Errors put "Error: " before the title, so a screen reader hears it first.
  var hasErrors = false
  /// The print view: no header links, no forms.
  var isPrintView = false
  var main: HTML

  var html: HTML {
    let head: HTML = """
      <link rel="stylesheet" href="\(Stylesheet.path)">
      <link rel="icon" href="\(Stylesheet.iconPath)" type="image/svg+xml">
      """
    let body: HTML = """
      <a class="skip-link" href="#main-content">Skip to main content</a>
      <header class="service-header">
      <div class="width-container">
      <a class="service-name" href="/">Pathway</a>
      <span class="service-tagline">Learning for AI and digital healthcare</span>
      </div>
      </header>
      <div class="width-container">
      <main id="main-content" class="main">
      \(main)
      </main>
      </div>
      <footer class="service-footer">
      <div class="width-container">
      <p>Built on the NHS capability framework for AI and digital healthcare technologies (DART-Ed, 2023).</p>
      <p>Your answers never travel in a page's address. <a href="/privacy">What is kept, and who can see it</a></p>
      <p><a href="/api/framework">The framework as JSON</a> · <a href="/openapi.json">The API</a></p>
      </div>
      </footer>

      """
    return HTMLPage(
      title: (hasErrors ? "Error: " : "") + title + " – Pathway", head: head,
      bodyClass: isPrintView ? "print-view" : nil, body: body
    ).html
  }
}

/// Hidden inputs that carry answers through a form that does not ask for them.
func hiddenInputs(_ fields: [(name: String, value: String)]) -> HTML {
  fields.map { (field) -> HTML in
    "<input type=\"hidden\" name=\"\(field.name)\" value=\"\(field.value)\">"
  }.joined(separator: "\n")
}
