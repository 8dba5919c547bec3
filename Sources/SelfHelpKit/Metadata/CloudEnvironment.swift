/// A cloud an article is shown in. An open set: the six known clouds, and any other name kept
/// as written (so a new cloud breaks nobody; the `cloud-unknown` rule reports it).
public struct CloudEnvironment: OpenSetValue, CustomStringConvertible {
    /// The canonical lower-case name for a known cloud, else the raw text.
    public let name: String
    /// The text as written in the header (`FairFax`).
    public let raw: String

    /// Reads a cloud name in any letter case (`Fairfax`, `FairFax`, `USNat` …).
    public init(raw: String) {
        self.raw = raw
        let lower = UTF8Text.asciiLowercased(raw)
        self.name = CloudEnvironment.knownNames.contains(lower) ? lower : raw
    }

    private init(known: String) {
        self.name = known
        self.raw = known
    }

    /// Whether this is one of the six known clouds.
    public var isKnown: Bool { CloudEnvironment.knownNames.contains(name) }

    public var description: String { name }

    /// Azure's public cloud.
    public static let `public` = CloudEnvironment(known: "public")
    /// Azure Government (US).
    public static let fairfax = CloudEnvironment(known: "fairfax")
    /// Azure operated by 21Vianet (China).
    public static let mooncake = CloudEnvironment(known: "mooncake")
    /// The former Azure Germany cloud.
    public static let blackforest = CloudEnvironment(known: "blackforest")
    /// The US National cloud.
    public static let usnat = CloudEnvironment(known: "usnat")
    /// The US Secret cloud.
    public static let ussec = CloudEnvironment(known: "ussec")

    /// The six known clouds in their canonical order.
    public static let allKnown: [CloudEnvironment] = [.public, .fairfax, .mooncake, .blackforest, .usnat, .ussec]
    static let knownNames: Set<String> = ["public", "fairfax", "mooncake", "blackforest", "usnat", "ussec"]
}
