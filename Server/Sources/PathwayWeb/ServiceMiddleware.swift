import HTTPTypes
import Hummingbird
import Logging
import Pathway

/// What every request goes through: a HEAD answered without its body; a log line (method, path without its query, which holds a
/// learner's answers, status and time), security headers on every response, and an error as a
/// page for a person or as JSON for the API, never a bare failure.
struct ServiceMiddleware: RouterMiddleware {
  typealias Context = BasicRequestContext

  /// The methods each path answers: a request for a known path with another method gets
  /// `405 Method Not Allowed` and `Allow`, not "no page here".
  let allowedMethods: [String: String]

  /// No script at all, styles from this site only, forms sent only here, never framed.
  static var contentSecurityPolicy: String {
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
  }

  /// Headers HTTPTypes has no name for: the address of a plan holds answers, so it is never
  /// sent on to the sites of resources.
  private static let namedHeaders = [
    ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
  ]

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let started = ContinuousClock.now
    var response: Response
    do {
      response = try await next(request, context)
      if request.method == .head { response.body = ResponseBody() }
    } catch let error as HTTPError
      where error.status == .notFound && allowedMethods[request.uri.path] != nil
    {
      response = failure(HTTPError(.methodNotAllowed), request: request, context: context)
      response.headers[.allow] = allowedMethods[request.uri.path]
    } catch {
      response = failure(error, request: request, context: context)
    }
    response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    response.headers[.xContentTypeOptions] = "nosniff"
    for (name, value) in Self.namedHeaders {
      if let name = HTTPField.Name(name) { response.headers[name] = value }
    }
    let elapsed = started.duration(to: .now).components
    let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
    context.logger.info(
      "request",
      metadata: [
        "method": "\(request.method)", "path": "\(request.uri.path)",
        "status": "\(response.status.code)",
        "ms": "\((milliseconds * 1000).rounded() / 1000)",
      ])
    return response
  }

  private func failure(_ error: any Error, request: Request, context: Context) -> Response {
    let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
    if status == .internalServerError {
      context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
    }
    let message =
      switch status {
      case .notFound: "There is no page at this address."
      case .methodNotAllowed: "This address does not take that kind of request."
      case .contentTooLarge: "The request is too large."
      default: "Something went wrong on our side. Please try again."
      }
    if request.uri.path.hasPrefix("/api/") {
      return Reply.json(.object([("error", .string(message))]), status: status)
    }
    return Reply.page(
      Page(
        title: status.reasonPhrase,
        main: """
          <h1>\(status.reasonPhrase)</h1>
          <p>\(message)</p>
          <p><a href="/">Start again</a></p>
          """
      ).html, status: status)
  }
}
