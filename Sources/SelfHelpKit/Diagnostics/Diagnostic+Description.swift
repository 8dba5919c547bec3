extension Diagnostic: CustomStringConvertible {
    /// `file:line:column: severity: message [rule]`, as `selfhelp validate` prints it (without notes).
    public var description: String {
        "\(file):\(location): \(severity.rawValue): \(message) [\(rule.rawValue)]"
    }
}

extension ReportSummary: CustomStringConvertible {
    /// ``line``: `3 errors, 5 warnings, 1 info in 12 files`.
    public var description: String { line }
}
