/// The ids the portal's catalog knows: support topics and products, with the service, name and
/// clouds the catalog gives each (Docs/validation.md, "Id catalog").
///
/// Read from a CSV file with ``IdCatalogReader``. Ids are compared case-insensitively (GUIDs are
/// written in either case). A catalog only answers questions; the rules
/// `support-topic-id-unknown`, `product-id-unknown` and `catalog-mismatch` report from it, and
/// are silent when no catalog is configured.
public struct IdCatalog: Hashable, Sendable {
    /// What the catalog says about one id.
    public struct Entry: Hashable, Sendable {
        /// The service (a resource namespace such as `microsoft.storage`), lower-cased; nil when not given.
        public var service: String?
        /// A name for people; nil when not given.
        public var name: String?
        /// The clouds the id exists in (canonical names, lower-cased); empty when not given (any cloud).
        public var clouds: Set<String>
        /// For a support topic, the product ids it belongs to (lower-cased); empty when not given.
        public var products: Set<String>
        /// The 1-based line of the catalog that defines the id (its first row).
        public var line: Int

        /// An entry; `service`, `clouds` and `products` are expected lower-cased (as the reader makes them).
        public init(service: String? = nil, name: String? = nil, clouds: Set<String> = [], products: Set<String> = [], line: Int = 0) {
            self.service = service
            self.name = name
            self.clouds = clouds
            self.products = products
            self.line = line
        }
    }

    /// Support topic ids (lower-cased) and what the catalog says about each.
    public var supportTopics: [String: Entry]
    /// Product ids (lower-cased) and what the catalog says about each.
    public var products: [String: Entry]
    /// The file the catalog was read from, for messages.
    public var path: String

    /// A catalog of the given entries, keyed by lower-cased id (``IdCatalogReader`` builds one from a file).
    public init(supportTopics: [String: Entry] = [:], products: [String: Entry] = [:], path: String = "") {
        self.supportTopics = supportTopics
        self.products = products
        self.path = path
    }

    /// What the catalog says about support topic `id`, or nil when it does not know it.
    public func supportTopic(_ id: String) -> Entry? { supportTopics[UTF8Text.asciiLowercased(id)] }

    /// What the catalog says about product `id`, or nil when it does not know it.
    public func product(_ id: String) -> Entry? { products[UTF8Text.asciiLowercased(id)] }

    /// Everything the catalog says, as one text in a stable order (for a build's cache key).
    public var fingerprint: String {
        func list(_ entries: [String: Entry]) -> String {
            entries.sorted { $0.key < $1.key }.map { id, e in
                "\(id)|\(e.service ?? "")|\(e.name ?? "")|\(e.clouds.sorted().joined(separator: ";"))|\(e.products.sorted().joined(separator: ";"))"
            }.joined(separator: "\n")
        }
        return "topics\n" + list(supportTopics) + "\nproducts\n" + list(products)
    }
}
