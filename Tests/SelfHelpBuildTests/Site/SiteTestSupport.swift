import SelfHelpKit
@testable import SelfHelpBuild

/// Articles and site entries made from a few header values, for the site's tests.
enum SiteFixture {
    static func article(_ path: String, title: String, service: String? = "microsoft.storage", type: String = "generic",
                        topics: String? = nil, body: String = "Some text.") -> Article {
        var header = "<properties\n    pageTitle=\"\(title)\"\n    description=\"d\"\n    articleId=\"\(path)\"\n    selfHelpType=\"\(type)\"\n"
        if let service { header += "    service=\"\(service)\"\n" }
        if let topics { header += "    supportTopicIds=\"\(topics)\"\n" }
        header += "    cloudEnvironments=\"public\"\n/>\n\n# \(title)\n\n\(body)\n"
        return ArticleParser.parse(Array(header.utf8), path: path)
    }

    static func entry(_ path: String, title: String? = nil, service: String? = "microsoft.storage", type: String = "generic",
                      topics: String? = nil) -> SiteEntry {
        SiteEntry(facts: Validator().facts(of: article(path, title: title ?? path, service: service, type: type, topics: topics)),
                  findings: SeverityCounts())
    }
}
