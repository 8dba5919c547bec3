import XCTest
@testable import SelfHelpKit

/// The id catalog's CSV: what it reads, and the line it names when it refuses a file.
final class IdCatalogTests: XCTestCase {
    func testReadsIdsServicesCloudsAndProducts() throws {
        let csv = "ProductPesId,supportTopicId,clouds,service\r\n16501,32600901,\"public, fairfax\",Microsoft.Storage\r\n16502,,,\r\n16509,32600901,usnat,\r\n"
        let catalog = try IdCatalogReader.parse(csv, path: "c.csv")
        let topic = try XCTUnwrap(catalog.supportTopic("32600901"))
        XCTAssertEqual(topic.service, "microsoft.storage")
        XCTAssertEqual(topic.clouds, ["public", "fairfax", "usnat"], "a repeated id adds up its clouds")
        XCTAssertEqual(topic.products, ["16501", "16509"])
        XCTAssertEqual(topic.line, 2)
        XCTAssertNotNil(catalog.product("16502"))
        XCTAssertNil(catalog.product("32600901"))
        XCTAssertNil(catalog.supportTopic("16502"))
    }

    func testGUIDsCompareInAnyCase() throws {
        let catalog = try IdCatalogReader.parse("supportTopicId,productPesId\nAB12CD34-0000-4000-8000-000000000001,\n", path: "c.csv")
        XCTAssertNotNil(catalog.supportTopic("ab12cd34-0000-4000-8000-000000000001"))
    }

    func testQuotedFieldsMayHoldCommasQuotesAndLineBreaks() throws {
        let catalog = try IdCatalogReader.parse("supportTopicId,productPesId,name\n32600901,16501,\"Uploads, \"\"large\"\" ones\nand small\"\n", path: "c.csv")
        XCTAssertEqual(catalog.supportTopic("32600901")?.name, "Uploads, \"large\" ones\nand small")
    }

    func testBadCatalogsNameTheLine() {
        let cases: [(String, String)] = [
            ("", "c.csv:1: error: the catalog is empty"),
            ("supportTopicId,product\n", "c.csv:1: error: unknown column `product`"),
            ("supportTopicId,service\n", "c.csv:1: error: the header row has no `productPesId` column"),
            ("supportTopicId,productPesId,supportTopicId\n", "c.csv:1: error: the column `supportTopicId` is named twice"),
            ("supportTopicId,productPesId\n32600901,16501\n\n32600903\n", "c.csv:4: error: 1 fields where the header row has 2"),
            ("supportTopicId,productPesId,name\n32600901,16501,x\n,,named\n", "c.csv:3: error: the row has neither"),
            ("supportTopicId,productPesId\n\"32600901,16501\n", "c.csv:2: error: a quoted field is never closed"),
            ("supportTopicId,productPesId\n32600901,16 501\n", "c.csv:2: error: the id `16 501` holds a space"),
            ("supportTopicId,productPesId\n32600901,16\"501\n", "c.csv:2: error: a `\"` inside an unquoted field"),
        ]
        for (csv, expected) in cases {
            XCTAssertThrowsError(try IdCatalogReader.parse(csv, path: "c.csv"), csv) { error in
                let description = (error as? ToolError)?.description ?? "\(error)"
                XCTAssertTrue(description.hasPrefix(expected), "\(csv.debugDescription): \(description)")
                XCTAssertEqual((error as? ToolError)?.kind, .invalidConfiguration)
            }
        }
    }

    func testConfigurationReadsTheCatalogRelativeToItsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ids"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("supportTopicId,productPesId\n32600901,16501\n".utf8).write(to: folder.appendingPathComponent("ids/catalog.csv"))
        let config = folder.appendingPathComponent(".selfhelp.json")
        try Data(#"{"catalog": "ids/catalog.csv", "productNames": {"Contoso Db": "Contoso DB"}, "words": ["Contoso"]}"#.utf8).write(to: config)
        let configuration = try ConfigurationLoader.load(config.path)
        XCTAssertNotNil(configuration.catalog?.supportTopic("32600901"))
        XCTAssertEqual(configuration.productNames, ["Contoso Db": "Contoso DB"])
        XCTAssertEqual(configuration.words, ["contoso"])
        try Data(#"{"catalog": "ids/missing.csv"}"#.utf8).write(to: config)
        XCTAssertThrowsError(try ConfigurationLoader.load(config.path)) { error in
            XCTAssertEqual((error as? ToolError)?.kind, .notFound)
        }
    }

    func testCatalogRulesAreSilentWithoutACatalogAndReportWithOne() throws {
        let article = ArticleParser.parse(Example.articleText([#"supportTopicIds="32600901, 32600999""#, #"productPesIds="16599""#]), path: "a.md")
        XCTAssertEqual(Validator().validate(article).filter { $0.rule.rawValue.hasSuffix("-unknown") && $0.rule != "cloud-unknown" }, [])
        var configuration = Configuration()
        configuration.catalog = try IdCatalogReader.parse("supportTopicId,productPesId\n32600901,16501\n", path: "c.csv")
        let found = Validator(configuration: configuration).validate(article).filter { $0.rule.rawValue.hasSuffix("-id-unknown") }
        XCTAssertEqual(found.map { "\($0.rule) \($0.location.line):\($0.location.column)" }.sorted(),
                       ["product-id-unknown 8:20", "support-topic-id-unknown 7:32"])
    }
}
