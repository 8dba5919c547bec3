/// What an LSP `Position.character` counts: UTF-16 code units unless the client offered
/// `utf-8` in `general.positionEncodings` and the server chose it (LSP 3.17).
enum PositionEncoding: String {
    case utf16 = "utf-16"
    case utf8 = "utf-8"

    /// The encoding to use for a client's `general.positionEncodings` (nil: UTF-16).
    static func negotiate(_ offered: [String]?) -> PositionEncoding {
        (offered ?? []).contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
    }

    /// How many units the UTF-8 sequence starting with `lead` counts.
    func units(ofSequenceStartingWith lead: UInt8) -> (bytes: Int, units: Int) {
        let bytes = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        switch self {
        case .utf8: return (bytes, bytes)
        case .utf16: return (bytes, bytes == 4 ? 2 : 1)
        }
    }
}
