import FlyingFox
import Foundation
import SelfHelpBuild
import SelfHelpKit

extension PreviewServer {
    /// The response for a request path: the site's pages at the build's paths, the live-reload
    /// script, files of the knowledge base that articles link to, or 404.
    func respond(to rawPath: String) -> HTTPResponse {
        guard let path = RequestPath(percentEncoded: rawPath) else { return notFound() }
        switch path.relative {
        case "", BuildFile.home.path:
            return page(SitePages.indexPage(facts: workspace.allFacts, diagnostics: workspace.diagnostics), type: "text/html; charset=utf-8")
        case String(LiveReload.scriptPath.dropFirst()):
            return page(Array(LiveReload.script.utf8), type: "text/javascript; charset=utf-8")
        default:
            break
        }
        let articles = BuildFolder.articles.path + "/"
        if path.relative.hasSuffix(".html"), !path.relative.hasPrefix(articles) {
            guard let listing = SitePages.listingPage(path.relative, facts: workspace.allFacts, diagnostics: workspace.diagnostics) else {
                return notFound()
            }
            return page(listing, type: "text/html; charset=utf-8")
        }
        guard path.relative.hasPrefix(articles) else { return notFound() }
        let below = String(path.relative.dropFirst(articles.count))
        for (suffix, isPage) in [(".html", true), (".json", false)] where below.hasSuffix(suffix) {
            let name = String(below.dropLast(suffix.count)) + ".md"
            guard workspace.facts(at: name) != nil, let file = RequestPath.file(name, inside: knowledgeBase),
                  let bytes = try? ArticleLoader.readBytes(file) else { continue }
            // Rendered from the file's bytes (the workspace is current: the watcher just read them).
            let outputs = SitePages.articleOutputs(ArticleParser.parse(bytes, path: name), fileBytes: bytes)
            if isPage {
                let decorated = PreviewPage.decorate(outputs.page, findings: workspace.findings(in: name)) ?? outputs.page
                return page(decorated, type: "text/html; charset=utf-8", csp: PreviewPage.contentSecurityPolicy)
            }
            return page(outputs.json, type: "application/json")
        }
        // Images and other files that articles link to, relative to the article's folder.
        guard !below.hasSuffix(".md"), let file = RequestPath.file(below, inside: knowledgeBase),
              let bytes = try? ArticleLoader.readBytes(file) else { return notFound() }
        return page(bytes, type: Self.mediaType(of: file))
    }

    private func page(_ bytes: [UInt8], type: String, csp: String? = nil) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, HTTPHeader("X-Content-Type-Options"): "nosniff", HTTPHeader("Cache-Control"): "no-store"]
        headers[HTTPHeader("Content-Security-Policy")] = csp ?? PreviewPage.contentSecurityPolicy
        return HTTPResponse(statusCode: .ok, headers: headers, body: Data(bytes))
    }

    private func notFound() -> HTTPResponse {
        HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"], body: Data("not found\n".utf8))
    }

    static func mediaType(of file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "svg": return "image/svg+xml"
        case "webp": return "image/webp"
        case "css": return "text/css"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
