/// SHA-256 (FIPS 180-4), for the provenance of plans: which exact inputs made them.
struct SHA256 {
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7,
    0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc,
    0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351,
    0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e,
    0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585,
    0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f,
    0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]
  private var pending: [UInt8] = []
  private var length: UInt64 = 0

  /// Adds bytes to the message.
  mutating func update(_ bytes: some Sequence<UInt8>) {
    let added: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      update(UnsafeRawBufferPointer(buffer))
    }
    if added == nil { Array(bytes).withUnsafeBytes { update($0) } }
  }

  /// Adds bytes to the message: whole blocks straight from `bytes`, the rest kept until a block
  /// is full.
  private mutating func update(_ bytes: UnsafeRawBufferPointer) {
    length &+= UInt64(bytes.count)
    var start = 0
    if !pending.isEmpty {
      let taken = Swift.min(64 - pending.count, bytes.count)
      pending += bytes[0..<taken]
      start = taken
      guard pending.count == 64 else { return }
      pending.withUnsafeBytes { compress($0) }
      pending.removeAll(keepingCapacity: true)
    }
    while bytes.count - start >= 64 {
      compress(UnsafeRawBufferPointer(rebasing: bytes[start..<start + 64]))
      start += 64
    }
    pending += bytes[start...]
  }

  /// The digest as 64 lowercase hex digits.
  consuming func hexDigest() -> String {
    let bitLength = length &* 8
    update([0x80])
    while pending.count != 56 { update([0]) }
    update((0..<8).reversed().map { UInt8(truncatingIfNeeded: bitLength >> (UInt64($0) * 8)) })
    let hex = Array("0123456789abcdef")
    return String(
      state.flatMap { word in (0..<8).reversed().map { hex[Int((word >> (UInt32($0) * 4)) & 0xF)] }
      })
  }

  /// Mixes one 64-byte block into the state.
  private mutating func compress(_ block: UnsafeRawBufferPointer) {
    let constants = Self.roundConstants
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      for t in 0..<16 {
        w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
      }
      for t in 16..<64 {
        let s0 = Self.rotate(w[t - 15], 7) ^ Self.rotate(w[t - 15], 18) ^ (w[t - 15] >> 3)
        let s1 = Self.rotate(w[t - 2], 17) ^ Self.rotate(w[t - 2], 19) ^ (w[t - 2] >> 10)
        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
      }
      var (a, b, c, d, e, f, g, h) = (
        state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
      )
      // Eight rounds at a time, each naming the words in their turn, so that no word moves.
      for t in stride(from: 0, to: 64, by: 8) {
        Self.round(a, b, c, &d, e, f, g, &h, constants[t] &+ w[t])
        Self.round(h, a, b, &c, d, e, f, &g, constants[t + 1] &+ w[t + 1])
        Self.round(g, h, a, &b, c, d, e, &f, constants[t + 2] &+ w[t + 2])
        Self.round(f, g, h, &a, b, c, d, &e, constants[t + 3] &+ w[t + 3])
        Self.round(e, f, g, &h, a, b, c, &d, constants[t + 4] &+ w[t + 4])
        Self.round(d, e, f, &g, h, a, b, &c, constants[t + 5] &+ w[t + 5])
        Self.round(c, d, e, &f, g, h, a, &b, constants[t + 6] &+ w[t + 6])
        Self.round(b, c, d, &e, f, g, h, &a, constants[t + 7] &+ w[t + 7])
      }
      state[0] &+= a
      state[1] &+= b
      state[2] &+= c
      state[3] &+= d
      state[4] &+= e
      state[5] &+= f
      state[6] &+= g
      state[7] &+= h
    }
  }

  /// One round: `d` gains the round's first sum and `h` becomes the new first word; `input` is
  /// the round's constant plus its word of the message schedule.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
    _ g: UInt32, _ h: inout UInt32, _ input: UInt32
  ) {
    let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
    let choice = g ^ (e & (f ^ g))
    let temp1 = h &+ s1 &+ choice &+ input
    let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
    let majority = (a & b) | (c & (a | b))
    d &+= temp1
    h = temp1 &+ s0 &+ majority
  }

  private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 - count))
  }
}
