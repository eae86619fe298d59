import Foundation
import Pathway

extension TextStyle {
  /// The terminal's width and colour when standard output is one (never with NO_COLOR); 80 columns
  /// and no colour otherwise.
  static func forStandardOutput() -> TextStyle {
    guard isatty(STDOUT_FILENO) == 1 else { return TextStyle() }
    var size = winsize()
    let width =
      ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 20 ? Int(size.ws_col) : 80
    let environment = ProcessInfo.processInfo.environment
    return TextStyle(
      width: min(width, 100),
      isColored: environment["NO_COLOR"] == nil && environment["TERM"] != "dumb")
  }
}
