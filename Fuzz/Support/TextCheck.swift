/// The plain-text property of the `text` target: raw HTML never reaches the plain text as a tag.
///
/// Plain text keeps an article's *content* as characters: code (`<script src=…>` in a fenced
/// block is documentation, and stays), text whose entities decode to `<script`, header values
/// JSON payload strings, and attribute values (an image's alt text is text: `alt="<script>"`
/// reads as those characters). What must not survive is a `<script` written as raw HTML (an HTML
/// block or inline tag), which the renderer strips. So the output may hold `<script` (any case)
/// at most as often as the article's literal content does.
enum TextCheck {
    /// How many times `<script` (any case) may appear in the plain text of `article`.
    static func allowedScriptTags(in article: Article) -> Int {
        var literal = ""
        for node in article.markdown.nodes {
            switch node.kind {
            case .text(let text): literal += text
            case .code(let text): literal += text
            case .codeBlock(_, let text): literal += "\n" + text + "\n"
            case .link(let destination, let title), .image(let destination, let title): literal += "\n" + destination + "\n" + title + "\n"
            case .htmlBlock(let html), .htmlInline(let html): literal += "\n" + encodedTags(in: html) + attributeValues(in: html) + "\n"
            default: literal += "\n"
            }
        }
        for attribute in article.header?.attributes ?? [] { literal += "\n" + attribute.value + "\n" }
        // An invalid payload's text is content too: the plain text quotes it in the error message.
        if let payload = article.payload, payload.json == nil { literal += "\n" + payload.text + "\n" }
        if let json = article.payload?.json {
            var work = [json]
            while let node = work.popLast() {
                switch node.value {
                case .string(let text): literal += "\n" + text + "\n" + encodedTags(in: text) + "\n"
                case .array(let items): work += items
                case .object(let members): for member in members { literal += "\n" + member.key + "\n"; work.append(member.value) }
                default: break
                }
            }
        }
        return count(in: literal)
    }

    /// `<script` written with a character reference for `<` (`&lt;script`, `&#60;script`,
    /// `&#x3C;script`, with or without the `;`): HTML text that decodes to the characters.
    static func encodedTags(in html: String) -> String {
        let lower = html.lowercased()
        var found = ""
        for prefix in ["&lt;", "&lt", "&#60;", "&#60", "&#x3c;", "&#x3c", "&#060;", "&#x03c;"] {
            found += String(repeating: "<script ", count: lower.components(separatedBy: prefix + "script").count - 1)
        }
        return found
    }

    /// The values of the attributes of every tag in `html`, decoded, one a line.
    static func attributeValues(in html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var tokenizer = HTMLTokenizer(bytes)
            var values = ""
            while let token = tokenizer.next() {
                if case .startTag(_, let attributes, _, _) = token {
                    for attribute in attributes { values += "\n" + (attribute.value ?? "") }
                }
            }
            return values
        }
    }

    /// The text around the first `<script` (any case), for the failure message.
    static func excerpt(_ text: String) -> String {
        let characters = Array(text)
        let lower = characters.map { $0.lowercased() }
        let needle = "<script".map { String($0) }
        guard let start = (0..<max(0, lower.count - needle.count + 1)).first(where: { Array(lower[$0..<($0 + needle.count)]) == needle }) else {
            return String(text.prefix(2000))
        }
        return String(characters[max(0, start - 600)..<min(characters.count, start + 400)])
    }

    /// Occurrences of `<script`, any case.
    /// Only `<script` that ends the name there counts: `<scription` names another element.
    static func count(in text: String) -> Int {
        let parts = text.lowercased().components(separatedBy: "<script")
        return parts.dropFirst().filter { rest in
            guard let next = rest.utf8.first else { return true }
            return !(HTMLText.isASCIILetter(next) || (next >= 0x30 && next <= 0x39) || next == UInt8(ascii: "-") || next == UInt8(ascii: "_"))
        }.count
    }
}
