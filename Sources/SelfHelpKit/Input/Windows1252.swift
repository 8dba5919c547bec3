/// The Windows-1252 reading of single bytes, to name what an invalid UTF-8 byte most likely was
/// (files saved by old editors as "ANSI": 0x92 is `’`, 0xA0 a no-break space).
enum Windows1252 {
    /// The character byte `byte` stands for in Windows-1252, or nil for ASCII and the five
    /// unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x00..<0x80: return nil
        case 0x80..<0xA0:
            let value = table[Int(byte - 0x80)]
            return value == 0 ? nil : Unicode.Scalar(value)
        default: return Unicode.Scalar(UInt32(byte)) // 0xA0–0xFF: Latin-1
        }
    }

    /// 0x80–0x9F (0: unassigned).
    private static let table: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// "byte 0x92 (`’` U+2019 in Windows-1252)", or "byte 0x81" when Windows-1252 has no character for it.
    static func describe(_ byte: UInt8) -> String {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        guard let scalar = scalar(byte) else { return "byte \(hex)" }
        let code = String(scalar.value, radix: 16, uppercase: true)
        let shown = scalar.properties.isWhitespace ? "a no-break space" : "`\(Character(scalar))`"
        return "byte \(hex) (\(shown), U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) in Windows-1252)"
    }
}
