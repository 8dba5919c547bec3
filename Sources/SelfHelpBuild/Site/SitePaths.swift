import Foundation
import SelfHelpKit

/// Where the site's pages are, relative to the output folder, and how one page links to another.
///
/// Listing pages are named by a slug of their value, made from the value alone (so an article's
/// breadcrumb and the listing agree without knowing the other articles): lower-case letters,
/// digits, `.`, `_` and dashes, with a short hash of the value when the slug had to change anything.
enum SitePaths {
    /// The facets the site lists articles by.
    enum Facet: String, CaseIterable, Sendable {
        case service, type, cloud

        var folder: String { rawValue + "s" }
        var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
        /// The values an entry is listed under (an article with none is listed under "(none)").
        func values(of entry: SiteEntry) -> [String] {
            switch self {
            case .service: return [entry.service ?? SitePaths.none]
            case .type: return [entry.type ?? SitePaths.none]
            case .cloud: return entry.clouds.isEmpty ? [SitePaths.none] : entry.clouds
            }
        }
    }

    /// The name of the group of articles without a value.
    static let none = "(none)"

    /// The listing page `number` (from 1) of `value`: `services/storage.html`, `services/storage-2.html`.
    static func listing(_ facet: Facet, _ value: String, number: Int = 1) -> String {
        facet.folder + "/" + slug(value) + (number > 1 ? "-\(number)" : "") + ".html"
    }

    /// The page of every value of a facet with too many for the home page (a slug never starts
    /// with `_` but for `_none`, so no value's page can take this name).
    static func allValues(_ facet: Facet) -> String {
        facet.folder + "/_all.html"
    }

        /// The findings listing page `number` (from 1).
    static func findings(number: Int) -> String {
        number > 1 ? "findings-\(number).html" : BuildFile.findings.path
    }

    static func slug(_ value: String) -> String {
        slugs.value(for: value, make: makeSlug)
    }

    /// Every page links to a few values' listings: their slugs are made once.
    private static let slugs = SlugCache()

    private static func makeSlug(_ value: String) -> String {
        if value == none { return "_none" }
        var slug = ""
        var lossless = true
        for scalar in value.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ((scalar == "." || scalar == "_") && !slug.isEmpty) {
                slug.unicodeScalars.append(scalar)
            } else {
                if scalar != "-" { lossless = false }
                if !slug.isEmpty, !slug.hasSuffix("-") { slug += "-" }
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > 60 { slug = String(slug.prefix(60)); lossless = false }
        if lossless, value == value.lowercased(), !slug.isEmpty { return slug }
        return (slug.isEmpty ? "" : slug + "-") + String(SHA256.hexDigest(Array(value.utf8)).prefix(8))
    }

    /// The URL that leads from the page `from` to the page `to` (both relative to the output folder).
    static func link(from: String, to: String) -> String {
        rootPrefix(of: from) + percentEncodedPath(to)
    }

    /// `../` for each folder `page` is in.
    static func rootPrefix(of page: String) -> String {
        String(repeating: "../", count: page.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }

    /// Percent-encodes what a relative URL path cannot hold (spaces, `#`, `?`, `%`, non-ASCII).
    static func percentEncodedPath(_ path: String) -> String {
        if path.utf8.allSatisfy(isKeptInPath) { return path }
        return UTF8Text.percentEncoded(path.utf8, keeping: isKeptInPath)
    }

    private static func isKeptInPath(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "@"):
            return true
        default:
            return false
        }
    }
}

/// Slugs already made, shared by the threads that write pages.
private final class SlugCache: @unchecked Sendable {
    private let lock = NSLock()
    private var slugs: [String: String] = [:]

    func value(for value: String, make: (String) -> String) -> String {
        lock.lock()
        if let slug = slugs[value] { lock.unlock(); return slug }
        lock.unlock()
        let slug = make(value)
        lock.lock()
        if slugs.count > 100_000 { slugs.removeAll() } // values come from headers: bounded, but never unbounded
        slugs[value] = slug
        lock.unlock()
        return slug
    }
}
