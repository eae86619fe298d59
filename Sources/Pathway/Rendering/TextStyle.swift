/// How text output may look: its width and whether it may use colour.
public struct TextStyle: Sendable {
  public var width: Int
  public var isColored: Bool

  /// A style of a width, with or without colour.
  public init(width: Int = 80, isColored: Bool = false) {
    self.width = width
    self.isColored = isColored
  }
}
