import Foundation
import XCTest
@testable import SelfHelpKit

/// Test helpers shared by the SelfHelpKit tests.
enum Fixture {
    /// The bytes of a file under Tests/SelfHelpKitTests/Fixtures.
    static func bytes(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw XCTSkip("fixture \(name) missing from the bundle")
        }
        return [UInt8](try Data(contentsOf: url))
    }

    static func article(_ name: String) throws -> Article {
        ArticleParser.parse(try bytes(name), path: name)
    }
}

/// The real corpus, for tests that run only when `SELFHELP_CORPUS` names a folder of articles
/// (`.ci/run` sets it when ../shared exists): its article files, or a skip.
enum Corpus {
    static func files() throws -> [String] {
        guard let folder = ProcessInfo.processInfo.environment["SELFHELP_CORPUS"] else {
            throw XCTSkip("set SELFHELP_CORPUS to a folder of articles")
        }
        let files = ArticleLoader.articleFiles(in: [folder]).files
        XCTAssertFalse(files.isEmpty, "no articles under \(folder)")
        return files
    }
}

/// A minimal valid header followed by `body`.
func article(header: String = #"articleId="x" selfHelpType="generic""#, body: String = "# Title\n") -> Article {
    ArticleParser.parse("<properties \(header) />\n\n\(body)", path: "test.md")
}

/// The sample knowledge base of the package (`Articles/`), found from this file's path.
enum SampleArticles {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles").path

    /// `Articles/ARTICLES.txt`: path, type, article id and support topic ids of each well-formed article.
    static func catalogue() throws -> [(path: String, type: String, articleId: String, supportTopicIds: [String])] {
        let text = try String(contentsOfFile: folder + "/ARTICLES.txt", encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 4 else { return nil }
            return (fields[0], fields[1], fields[2], fields[3].split(separator: ",").map(String.init))
        }
    }

    /// The sample knowledge base, loaded once for all tests.
    static let knowledgeBase: Result<KnowledgeBase, Error> = Result { try KnowledgeBase.load(folder: folder) }
}
