/// Markup built by string interpolation, where every interpolated value is escaped unless it is
/// itself `HTML`.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
  /// The markup, ready to send.
  public private(set) var description: String

  /// Markup from a string literal: a literal is written by us, so it is taken as markup.
  public init(stringLiteral markup: String) { description = markup }

  public init(stringInterpolation: Interpolation) { description = stringInterpolation.markup }

  /// Whether there is no markup at all.
  public var isEmpty: Bool { description.isEmpty }

  /// The literal parts of an `HTML` string kept as written, and each interpolated part escaped.
  public struct Interpolation: StringInterpolationProtocol {
    var markup = ""

    public init(literalCapacity: Int, interpolationCount: Int) {
      markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
    }

    public mutating func appendLiteral(_ literal: String) { markup += literal }

    /// Markup, kept as it is.
    public mutating func appendInterpolation(_ html: HTML) { markup += html.description }

    /// Text, escaped for an element or a quoted attribute.
    public mutating func appendInterpolation(_ text: String) {
      markup += HTMLEscaping.escape(text)
    }

    /// A number, which needs no escaping.
    public mutating func appendInterpolation(_ number: some BinaryInteger) {
      markup += String(number)
    }
  }

  public static func + (left: HTML, right: HTML) -> HTML {
    HTML(stringLiteral: left.description + right.description)
  }

  public static func += (left: inout HTML, right: HTML) { left.description += right.description }
}

extension Sequence<HTML> {
  /// The pieces one after another, with `separator` between each two.
  public func joined(separator: HTML = "") -> HTML {
    HTML(stringLiteral: map(\.description).joined(separator: separator.description))
  }
}
