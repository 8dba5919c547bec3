extension HeaderKey {
    /// Which articles must have this key (rule `required-field`), for editors' hover: nil when
    /// every article must, else the canonical names of the `selfHelpType`s that require it
    /// (empty when none does).
    package var selfHelpTypesRequiringIt: [String]? {
        if RequiredFieldRule.common.contains(self) { return nil }
        return RequiredFieldRule.byType.filter { $0.value.contains(self) }.map(\.key.name).sorted()
    }
}
