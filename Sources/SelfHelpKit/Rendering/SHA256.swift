/// SHA-256 (FIPS 180-4), for the content hash of the JSON rendering.
///
/// Small and dependency-free (no swift-crypto for one hash of a file of a few kilobytes); it is
/// checked against the standard test vectors. Not constant-time: do not use it for secrets.
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The 32-byte digest of `bytes`.
    public static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var digester = Digester()
        digester.add(bytes)
        return digester.finish()
    }

    /// A digest of bytes given a piece at a time: the digest of their concatenation, without
    /// holding it (a build's fingerprint covers every article's path and hash).
    ///
    /// ```swift
    /// var digester = SHA256.Digester()
    /// digester.add("abc".utf8)
    /// digester.hexDigest() == SHA256.hexDigest(Array("abc".utf8)) // true
    /// ```
    package struct Digester {
        private var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
        /// The bytes after the last whole block (fewer than 64).
        private var pending: [UInt8] = []
        /// How many bytes were added.
        private var count = 0

        package init() {}

        /// Adds `bytes` after those added before.
        package mutating func add(_ bytes: some Collection<UInt8>) {
            count += bytes.count
            if pending.isEmpty, let tail = bytes.withContiguousStorageIfAvailable({ SHA256.digestBlocks($0, into: &h) }) {
                pending = tail
                return
            }
            pending.append(contentsOf: bytes)
            if pending.count >= 64 { pending = pending.withUnsafeBufferPointer { SHA256.digestBlocks($0, into: &h) } }
        }

        /// The 32-byte digest of every byte added.
        package consuming func finish() -> [UInt8] {
            // The bytes after the last whole block, then the padding: 0x80, zeros, the bit length.
            var tail = pending
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            let bitLength = UInt64(count) &* 8
            for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
            _ = tail.withUnsafeBufferPointer { SHA256.digestBlocks($0, into: &h) }
            return [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7].flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - $0 * 8)) } }
        }

        /// ``finish()`` as 64 lower-case hex digits.
        package consuming func hexDigest() -> String {
            SHA256.hex(finish())
        }
    }

    /// Runs the compression function over every whole 64-byte block of `bytes`; returns the
    /// bytes left over.
    private static func digestBlocks(_ bytes: UnsafeBufferPointer<UInt8>,
                                     into h: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) -> [UInt8] {
        let whole = bytes.count / 64 * 64
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for chunk in stride(from: 0, to: whole, by: 64) {
                    for t in 0..<16 {
                        let i = chunk + t * 4
                        w[t] = UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
                    }
                    for t in 16..<64 {
                        let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                        let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, hh) = h
                    for t in 0..<64 {
                        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                        let ch = (e & f) ^ (~e & g)
                        let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
                        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                        let maj = (a & b) ^ (a & c) ^ (b & c)
                        let t2 = s0 &+ maj
                        hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
                    }
                    h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
                }
            }
        }
        return Array(bytes[whole...])
    }

    /// The digest as 64 lower-case hex digits.
    public static func hexDigest(_ bytes: some Collection<UInt8>) -> String {
        hex(digest(bytes))
    }

    /// `digest` as lower-case hex digits.
    private static func hex(_ digest: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in digest { out += [hex[Int(b >> 4)], hex[Int(b & 0xF)]] }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
