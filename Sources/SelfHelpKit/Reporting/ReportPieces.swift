/// How the reporters' `write` functions hand a report out: a piece at a time, so that a report
/// of any size is written without being held whole.
enum ReportPieces {
    /// The size a piece of the JSON, text and GitHub reports reaches before it is handed out.
    static let size = 1 << 16

    /// Hands `piece` to `emit` and starts it afresh once it holds `limit` bytes or more.
    static func handOut(_ piece: inout String, ifOver limit: Int = size, to emit: (String) throws -> Void) rethrows {
        guard piece.utf8.count >= limit else { return }
        try emit(piece)
        piece = ""
    }

    /// Hands `piece` to `emit` and empties it (keeping its room) once it holds `limit` bytes or more.
    static func handOut(_ piece: inout [UInt8], ifOver limit: Int = size, to emit: ([UInt8]) throws -> Void) rethrows {
        guard piece.count >= limit else { return }
        try emit(piece)
        piece.removeAll(keepingCapacity: true)
    }
}
