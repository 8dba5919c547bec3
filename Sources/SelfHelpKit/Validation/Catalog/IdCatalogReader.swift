import Foundation

/// Reads an ``IdCatalog`` from CSV (RFC 4180: commas, `"` quotes with `""` inside, CRLF or LF).
///
/// The first row names the columns: `supportTopicId` and `productPesId` are required columns
/// (either may be empty in a row, not both); `service`, `name` and `clouds` are optional (clouds
/// separated by `;`, `,` inside quotes, or spaces). Column names are matched case-insensitively.
/// A support topic's row that also names a product says the topic belongs to that product.
///
/// Anything else (no header row, an unknown or repeated column, a row with the wrong number of
/// fields, a row with neither id, an unterminated quote) is a ``ToolError`` of kind
/// `invalidConfiguration` whose message starts with `path:line:`: a bad catalog is never
/// half-read.
public enum IdCatalogReader {
    /// The columns a catalog may have, in the spelling the documentation uses.
    public static let columns = ["supportTopicId", "productPesId", "service", "name", "clouds"]

    /// Reads the catalog file at `path`.
    ///
    /// - Throws: ``ToolError`` (`notFound`, `unreadable`, or `invalidConfiguration` naming the line).
    public static func load(_ path: String) throws -> IdCatalog {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ToolError(.notFound, path: path, message: "no such catalog file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToolError(.unreadable, path: path, message: "cannot read the catalog file")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Parses catalog CSV text; `path` names the file in the catalog and in error messages.
    ///
    /// - Throws: ``ToolError`` `invalidConfiguration` with the line that is wrong.
    public static func parse(_ text: String, path: String) throws -> IdCatalog {
        func fail(_ line: Int, _ message: String) -> ToolError {
            ToolError(.invalidConfiguration, path: "\(path):\(line)", message: message)
        }
        var rows = try CSVRows.read(text, fail: fail)
        rows.removeAll { $0.fields.allSatisfy { $0.trimmingHeaderWhitespace().isEmpty } }
        guard let header = rows.first else { throw fail(1, "the catalog is empty; expected a header row naming \(columnList)") }
        var index: [String: Int] = [:]
        for (position, raw) in header.fields.enumerated() {
            let name = raw.trimmingHeaderWhitespace()
            guard let column = columns.first(where: { $0.lowercased() == name.lowercased() }) else {
                throw fail(header.line, "unknown column `\(name)`; expected \(columnList)")
            }
            if index[column] != nil { throw fail(header.line, "the column `\(column)` is named twice") }
            index[column] = position
        }
        for required in columns.prefix(2) where index[required] == nil {
            throw fail(header.line, "the header row has no `\(required)` column; expected \(columnList)")
        }
        var catalog = IdCatalog(path: path)
        for row in rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                throw fail(row.line, "\(row.fields.count) fields where the header row has \(header.fields.count)")
            }
            func field(_ column: String) -> String? {
                guard let position = index[column] else { return nil }
                let value = row.fields[position].trimmingHeaderWhitespace()
                return value.isEmpty ? nil : value
            }
            let topic = field("supportTopicId").map(UTF8Text.asciiLowercased)
            let product = field("productPesId").map(UTF8Text.asciiLowercased)
            guard topic != nil || product != nil else { throw fail(row.line, "the row has neither a supportTopicId nor a productPesId") }
            for id in [topic, product].compactMap({ $0 }) where id.contains(where: { $0 == " " || $0 == "," }) {
                throw fail(row.line, "the id `\(id)` holds a space or a comma; one id a field")
            }
            let clouds = Set(ListValue.split(field("clouds") ?? "").flatMap { $0.split(separator: " ") }.map { CloudEnvironment(raw: String($0)).name })
            let entry = IdCatalog.Entry(service: field("service")?.lowercased(), name: field("name"), clouds: clouds, line: row.line)
            if let product {
                var productEntry = entry
                if topic != nil { productEntry.name = nil } // the row's name is the topic's
                catalog.products[product] = merged(catalog.products[product], productEntry)
            }
            if let topic {
                var topicEntry = entry
                topicEntry.products = product.map { [$0] } ?? []
                catalog.supportTopics[topic] = merged(catalog.supportTopics[topic], topicEntry)
            }
        }
        return catalog
    }

    /// An id listed on several rows: the union of its clouds and products; the first service and name.
    static func merged(_ old: IdCatalog.Entry?, _ new: IdCatalog.Entry) -> IdCatalog.Entry {
        guard var old else { return new }
        old.service = old.service ?? new.service
        old.name = old.name ?? new.name
        old.clouds.formUnion(new.clouds)
        old.products.formUnion(new.products)
        return old
    }

    static var columnList: String { columns.map { "`\($0)`" }.joined(separator: ", ") }
}

/// The rows of CSV text, each with its 1-based first line.
enum CSVRows {
    struct Row {
        var fields: [String]
        var line: Int
    }

    static func read(_ text: String, fail: (Int, String) -> ToolError) throws -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var rowLine = 1
        var quoted = false
        var quoteLine = 1
        var afterQuote = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endRow() {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine))
            fields = []
            field = ""
            afterQuote = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 2; continue }
                    quoted = false
                    afterQuote = true
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard field.trimmingHeaderWhitespace().isEmpty, !afterQuote else {
                    throw fail(line, "a `\"` inside an unquoted field; quote the whole field and double the quote (`\"\"`)")
                }
                field = ""
                quoted = true
                quoteLine = line
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endRow()
                line += 1
                rowLine = line
            default:
                if afterQuote, c != " ", c != "\t" { throw fail(line, "text after a closing `\"`; quote the whole field") }
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if quoted { throw fail(quoteLine, "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
