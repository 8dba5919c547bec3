/// The version of SelfHelpKit, in one place: `selfhelp --version` prints it, the SARIF log names
/// it as the driver's version, and the build writes it into its caches (a build by another
/// version renders every article again).
///
/// It follows [Semantic Versioning](https://semver.org): while the major version is 0, a minor
/// release may change the public API or an output's shape (CHANGELOG.md says how). The shape of
/// the JSON rendering has its own integer version, ``JSONRenderer/schemaVersion``, bumped on any
/// incompatible change of that shape and listed in CHANGELOG.md with the release that made it.
public enum SelfHelpVersion {
    /// The release, `MAJOR.MINOR.PATCH`.
    public static let current = "0.10.0"
}
