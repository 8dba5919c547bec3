import SelfHelpKit
import SelfHelpSearch
/// The chunks of a build's `kb.sqlite`, read from the rendering (``SearchIndexFile`` writes them).
enum SearchIndexOutput {
    /// The chunk a chunk object of the JSON rendering describes (nil without an `id`).
    static func chunk(_ value: JSONOutput) -> SearchChunk? {
        guard case .object(let members) = value else { return nil }
        func member(_ key: String) -> JSONOutput? { members.first { $0.0 == key }?.1 }
        guard case .string(let id)? = member("id") else { return nil }
        var path = "", text = ""
        var headingPath: [String] = []
        if case .string(let value)? = member("path") { path = value }
        if case .string(let value)? = member("text") { text = value }
        if case .array(let items)? = member("headingPath") {
            headingPath = items.compactMap { if case .string(let heading) = $0 { return heading } else { return nil } }
        }
        return SearchChunk(id: id, articlePath: path, headingPath: headingPath, text: text)
    }
}
