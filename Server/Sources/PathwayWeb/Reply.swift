import Hummingbird
import Pathway

/// The responses the routes give: pages, JSON, downloads and redirects, each with its type.
///
/// Everything personal (pages, plans, explanations) is sent with `Cache-Control: no-store`.
enum Reply {
  /// An HTML page.
  static func page(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
    text(html.description, type: "text/html; charset=utf-8", status: status)
  }

  /// Text of a type; `cache` for what is the same for everyone, else never stored.
  static func text(
    _ text: String, type: String, cache: String = "no-store", status: HTTPResponse.Status = .ok
  ) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = type
    headers[.cacheControl] = cache
    return Response(
      status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  /// A JSON value, on one line.
  static func json(_ json: JSON, status: HTTPResponse.Status = .ok) -> Response {
    text(json.serialized(), type: "application/json; charset=utf-8", status: status)
  }

  /// Diagnostics as the command line gives them in JSON, under `diagnostics`.
  static func diagnostics(_ diagnostics: [Diagnostic], status: HTTPResponse.Status = .badRequest)
    -> Response
  {
    json(
      .object([("diagnostics", .array(diagnostics.map(DiagnosticRenderer.json)))]), status: status)
  }

  /// A file to save, with its name.
  static func download(_ text: String, type: String, filename: String) -> Response {
    var response = Self.text(text, type: type)
    response.headers[.contentDisposition] = "attachment; filename=\"\(filename)\""
    return response
  }

  /// "See other": go to a page of this site.
  static func redirect(to location: String) -> Response {
    var headers = HTTPFields()
    headers[.location] = location
    return Response(status: .seeOther, headers: headers)
  }
}
