import Foundation
import SelfHelpKit

/// The package's sample knowledge base (`Articles/`), found from this file's path, loaded once.
enum SampleArticles {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles").path

    static let knowledgeBase: Result<KnowledgeBase, Error> = Result { try KnowledgeBase.load(folder: folder) }
}
