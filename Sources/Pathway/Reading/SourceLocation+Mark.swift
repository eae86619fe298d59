internal import CLibYAML

extension yaml_mark_t {
  /// The mark's 1-based line and column: libyaml counts from 0, users from 1.
  ///
  /// This is the only place that adds 1.
  var position: (line: UInt32, column: UInt32) {
    (UInt32(clamping: line + 1), UInt32(clamping: column + 1))
  }
}

extension SourceLocation {
  /// A mark's place.
  init(_ mark: yaml_mark_t, file: String) {
    let (line, column) = mark.position
    self.init(file: file, line: Int(line), column: Int(column))
  }

  /// The line and column of a byte offset, for libyaml's reader errors, which give only an offset.
  init(byteOffset: Int, in bytes: [UInt8], file: String) {
    var line = 1
    var column = 1
    var index = 0
    let end = Swift.min(byteOffset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    self.init(file: file, line: line, column: column)
  }
}
