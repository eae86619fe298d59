internal import CLibYAML

extension SourceLocation {
  /// A mark's place: libyaml counts from 0, users from 1.
  ///
  /// This is the only place that adds 1.
  init(_ mark: yaml_mark_t, file: String) {
    self.init(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
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
