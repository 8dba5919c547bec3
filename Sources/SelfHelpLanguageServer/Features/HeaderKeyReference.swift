import SelfHelpKit

/// What the header keys mean, for hover: one sentence each for the keys the portal reads
/// (Docs/article-format.md has the counts and quirks).
enum HeaderKeyReference {
    static let meanings: [String: String] = [
        "articleId": "The article's unique id (usually a GUID); the portal and other articles refer to the article by it.",
        "pageTitle": "The title shown in the portal's list of solutions and in search.",
        "description": "A one-line summary shown under the title in search results.",
        "service": "The Azure resource provider the article is for (`microsoft.storage`), used to pick articles for a resource.",
        "resource": "The resource type under `service` (`storageaccounts`).",
        "selfHelpType": "What kind of page the article is (`generic`, `resource`, `problemScopingQuestions`, `TSG_Content` …); it decides which keys are required.",
        "supportTopicIds": "The support topics (comma-separated ids) whose troubleshooting pages show the article.",
        "productPesIds": "The products (comma-separated PES ids) the article is for.",
        "cloudEnvironments": "The clouds the article is shown in (`public`, `fairfax`, `mooncake`, `usnat`, `ussec`, `blackforest`).",
        "disableClouds": "Clouds the article is hidden from, even when `cloudEnvironments` lists them.",
        "resourceTags": "Tags that narrow the resources the article applies to.",
        "displayOrder": "The article's place among the articles of one support topic (a number).",
        "schemaVersion": "The version of the problem-scoping form's JSON payload.",
        "ownershipId": "The team that owns the article (for routing its feedback and defects).",
        "diagnosticScenario": "The diagnostic the article runs (service health insights).",
        "infoBubbleText": "The short text of the information bubble shown with a diagnostic.",
        "articleTags": "Free tags for search and grouping.",
        "authors": "The article's authors (GitHub accounts).",
        "ms.author": "The owning author's alias.",
    ]

    /// Markdown for a hover on `key`: its meaning and the types that require it.
    static func hover(_ key: HeaderKey) -> String {
        var text = "**\(key.name)**"
        text += key.isKnown ? "\n\n" + (meanings[key.name] ?? "A key seen in real articles; SelfHelpKit keeps its value as text.")
                            : "\n\nNot a key SelfHelpKit knows: check its spelling (rule `header-unknown-key`)."
        let required = key.selfHelpTypesRequiringIt
        if required == nil {
            text += "\n\nRequired for every article (rule `required-field`)."
        } else if let types = required, !types.isEmpty {
            text += "\n\nRequired when `selfHelpType` is " + types.map { "`\($0)`" }.joined(separator: ", ") + " (rule `required-field`)."
        }
        return text
    }
}
