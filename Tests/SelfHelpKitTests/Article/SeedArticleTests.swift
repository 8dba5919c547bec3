import XCTest
@testable import SelfHelpKit

/// The two articles the project started from parse to the values their headers say.
final class SeedArticleTests: XCTestCase {
    func testSynchronizationSeedMetadata() throws {
        let article = try Fixture.article("synchronization-not-working.md")
        let m = article.metadata
        XCTAssertEqual(m.cloudEnvironments, [.public, .fairfax, .mooncake])
        XCTAssertEqual(m.cloudEnvironments.map(\.raw), ["public", "Fairfax", "Mooncake"])
        XCTAssertEqual(m.supportTopicIds, ["32565591"])
        XCTAssertEqual(m.productPesIds, ["14785", "16578"])
        XCTAssertEqual(m.selfHelpType, .generic)
        XCTAssertEqual(m.articleId, "d23e4390-180d-4024-8eea-23fc48044803")
        XCTAssertEqual(m.ownershipId, "AzureIdentity_DirectoryObjectManagement")
        XCTAssertEqual(m.service?.raw, "microsoft.activedirectory")
        XCTAssertNil(m.displayOrder)
        XCTAssertEqual(article.title, "Synchronizing AD to Azure AD/Synchronization not working")
        XCTAssertEqual(article.diagnostics, [])
    }

    func testPasswordSyncSeedMetadataAndSections() throws {
        let article = try Fixture.article("password-sync-no-passwords.md")
        XCTAssertEqual(article.metadata.selfHelpType, .resource)
        XCTAssertEqual(article.metadata.cloudEnvironments, [.public])
        XCTAssertEqual(article.metadata.supportTopicIds, [])
        XCTAssertEqual(article.metadata.resource, "Microsoft_AAD_IAM")
        XCTAssertNil(article.metadata.articleId)
        XCTAssertEqual(article.title, "Password synchronization does not work – No passwords are synchronized")
        let steps = try XCTUnwrap(article.sections.first { $0.kind == .recommendedSteps })
        XCTAssertEqual(steps.level, 2)
        XCTAssertTrue(steps.isBold)
        XCTAssertEqual(steps.headingRange.start.line, 17)
        XCTAssertTrue(article.links.contains { if case .web(let host, true) = $0.kind { return host == "docs.microsoft.com" } else { return false } })
    }
}
