extension RequiredFieldRule {
    /// Which articles must have `key`, for editors' hover: nil when every article must, else the
    /// canonical names of the `selfHelpType`s that require it (empty when none does).
    package static func requiringTypes(of key: HeaderKey) -> [String]? {
        if common.contains(key) { return nil }
        return byType.filter { $0.value.contains(key) }.map(\.key.name).sorted()
    }
}
