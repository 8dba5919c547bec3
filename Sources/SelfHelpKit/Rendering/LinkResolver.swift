/// Turns a portal link (`data-blade:Extension.Blade.param.value`) into something a browser can
/// follow. Replace it to point at your own portal or to hand blade links to a host application.
///
/// Whatever a resolver returns is still checked: the `href` passes ``URLPolicy`` (a resolver
/// cannot produce a `javascript:` link), attribute names must be `data-…` names of lower-case
/// letters, digits and dashes, and every value is escaped.
public protocol LinkResolver: Sendable {
    /// The link for a portal blade, or nil to render the link's text without a link.
    func resolve(_ portal: PortalLink) -> ResolvedLink?
}

/// What a ``LinkResolver`` returns.
public struct ResolvedLink: Hashable, Sendable {
    /// The URL for the `href` (checked by ``URLPolicy``); nil for no `href`.
    public var href: String?
    /// Extra attributes, such as `data-blade-name`; names other than `data-[a-z0-9-]+` are dropped.
    public var attributes: [String: String]

    /// A resolved link; see the properties for what is checked.
    public init(href: String?, attributes: [String: String] = [:]) {
        self.href = href
        self.attributes = attributes
    }

    /// Whether `name` may be written as an attribute of a resolved link.
    static func isAllowedAttributeName(_ name: String) -> Bool {
        name.hasPrefix("data-") && name.count > 5
            && name.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }
    }

    /// Whether an attribute `name` holds a URL a host may navigate to (`data-blade-uri`, any
    /// `data-…-uri`, `-url`, `-href`, `-src`): its value must pass ``URLPolicy`` (as a link).
    static func isURLAttributeName(_ name: String) -> Bool {
        name.hasSuffix("-uri") || name.hasSuffix("-url") || name.hasSuffix("-href") || name.hasSuffix("-src")
    }
}

/// The default resolver: a link into the public Azure portal, with the blade's parts kept in
/// `data-` attributes for hosts that open blades themselves.
///
/// `data-blade:Microsoft_Azure_Compute.VirtualMachineBlade.id.$resourceId` becomes
/// `href="https://portal.azure.com/#blade/Microsoft_Azure_Compute/VirtualMachineBlade/id/$resourceId"`
/// with `data-blade-extension="Microsoft_Azure_Compute"`, `data-blade-name="VirtualMachineBlade"`
/// and `data-blade-parameters="id=$resourceId"` (pairs joined by `&`). Each path segment is
/// percent-encoded. The template placeholders (`$resourceId`) are kept: the host fills them in.
/// A link without extension or blade gets no `href`, only its attributes.
public struct PortalLinkResolver: LinkResolver {
    /// The portal's address, without a trailing slash.
    public var portalBase: String

    /// A resolver for the portal at `portalBase` (default: the public Azure portal).
    public init(portalBase: String = "https://portal.azure.com") {
        self.portalBase = portalBase
    }

    /// The portal URL and `data-blade-*` attributes of `portal` (no `href` without extension and blade).
    public func resolve(_ portal: PortalLink) -> ResolvedLink? {
        var attributes: [String: String] = ["data-blade-prefix": portal.prefix]
        if let e = portal.extensionName { attributes["data-blade-extension"] = e }
        if let b = portal.bladeName { attributes["data-blade-name"] = b }
        if !portal.parameters.isEmpty {
            attributes["data-blade-parameters"] = portal.parameters.map { "\($0.name)=\($0.value ?? "")" }.joined(separator: "&")
        }
        if let template = portal.uriTemplate { attributes["data-blade-uri"] = template }
        guard let e = portal.extensionName, let b = portal.bladeName else { return ResolvedLink(href: nil, attributes: attributes) }
        var path = "/#blade/" + Self.segment(e) + "/" + Self.segment(b)
        for parameter in portal.parameters {
            path += "/" + Self.segment(parameter.name) + "/" + Self.segment(parameter.value ?? "")
        }
        return ResolvedLink(href: portalBase + path, attributes: attributes)
    }

    /// Percent-encodes everything but letters, digits, `-_.~$`.
    static func segment(_ text: String) -> String {
        UTF8Text.percentEncoded(text.utf8) { b in
            HTMLText.isASCIIAlphanumeric(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
                || b == UInt8(ascii: "~") || b == UInt8(ascii: "$")
        }
    }
}
