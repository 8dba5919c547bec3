extension Article {
    /// The files (not articles) the article's relative links and images point at, named relative
    /// to the knowledge base (the article's ``path`` is), each once, in link order: what a site
    /// copies next to the pages. Targets that climb out of the knowledge base, site-relative paths
    /// (`/x`) and `.md` links are left out; whether a file exists is not checked (the
    /// `link-broken` rule reports a missing one).
    package var linkedFiles: [String] {
        let folder = RelativePath.folder(of: RelativePath.normalize(path))
        var seen = Set<String>()
        var files: [String] = []
        for link in links {
            guard case .relative(let target, _) = link.kind else { continue }
            let decoded = RelativePath.percentDecoded(String(target.prefix { $0 != "?" }))
            guard !decoded.isEmpty, !decoded.hasPrefix("/"), !decoded.lowercased().hasSuffix(".md"),
                  let resolved = RelativePath.join(folder, decoded), !resolved.isEmpty, !resolved.hasPrefix(".."),
                  !resolved.hasPrefix("/"), seen.insert(resolved).inserted else { continue }
            files.append(resolved)
        }
        return files
    }
}
