import XCTest
@testable import SelfHelpKit

final class MetadataTests: XCTestCase {
    func testCloudsInEverySpellingAndSeparator() {
        let a = article(header: #"cloudEnvironments="Public,FairFax, MoonCake ,  BlackForest,USNat,USsec""#)
        XCTAssertEqual(a.metadata.cloudEnvironments, CloudEnvironment.allKnown)
        XCTAssertTrue(a.metadata.cloudEnvironments.allSatisfy(\.isKnown))
        XCTAssertEqual(a.metadata.cloudEnvironments[1].raw, "FairFax")
    }

    func testUnknownCloudIsKeptRaw() {
        let a = article(header: #"cloudEnvironments="public, Jupiter""#)
        XCTAssertEqual(a.metadata.cloudEnvironments.map(\.name), ["public", "Jupiter"])
        XCTAssertFalse(a.metadata.cloudEnvironments[1].isKnown)
    }

    func testEffectiveCloudsRespectDisableClouds() {
        let a = article(header: #"cloudEnvironments="public, fairfax, mooncake" disableClouds="Mooncake""#)
        XCTAssertEqual(a.metadata.effectiveClouds, [.public, .fairfax])
    }

    func testSelfHelpTypeIsAnOpenSet() {
        XCTAssertEqual(SelfHelpType(raw: "ProblemScopingQuestions"), .problemScopingQuestions)
        XCTAssertTrue(SelfHelpType(raw: "apollo").isKnown)
        let future = SelfHelpType(raw: "chatbotFlow")
        XCTAssertFalse(future.isKnown)
        XCTAssertEqual(future.name, "chatbotFlow")
        XCTAssertTrue(SelfHelpType.problemScopingQuestions.hasPayload)
    }

    func testDisplayOrderIsIntegerOrInvalidRaw() {
        XCTAssertEqual(article(header: #"displayOrder=" 7 ""#).metadata.displayOrder, .value(7))
        XCTAssertEqual(article(header: #"displayOrder="first""#).metadata.displayOrder, .invalid("first"))
        XCTAssertNil(article(header: #"displayOrder="""#).metadata.displayOrder)
    }

    func testServiceNamespaceShape() {
        XCTAssertTrue(Service(raw: "Microsoft.Network").isNamespace)
        XCTAssertFalse(Service(raw: "Microsoft.Network/").isNamespace)
        XCTAssertFalse(Service(raw: "partnercenter").isNamespace)
        XCTAssertFalse(Service(raw: "microsoft.cloud app security").isNamespace)
        XCTAssertEqual(Service(raw: "Microsoft.Storage"), Service(raw: "microsoft.storage"))
    }

    func testIdListsAcrossLineBreaksKeepDuplicates() {
        let a = article(header: "supportTopicIds=\"32565591,\n 32565592, 32565591\" productPesIds=\"\"")
        XCTAssertEqual(a.metadata.supportTopicIds, ["32565591", "32565592", "32565591"])
        XCTAssertEqual(a.metadata.productPesIds, [])
    }

    func testEmptyValuesReadAsAbsentAndOtherKnownKeysAreKept() {
        let a = article(header: #"articleId="x" service="" resourceRequired="True" symptomID="s1""#)
        XCTAssertNil(a.metadata.service)
        XCTAssertEqual(a.metadata.otherFields["resourceRequired"], "True")
        XCTAssertEqual(a.metadata.otherFields["symptomId"], "s1")
    }
}
