import Foundation
import Testing
@testable import KZAlign

@Suite("Names: seed gold")
struct SeedGoldTests {
    static let goldPath = "/work/shared/gold/seeds/names.tsv"

    @Test func withGazetteerMeetsTargets() throws {
        let corpus = try SeedCorpus.runNames(try SeedCorpus.documents())
        let result = NamesGoldScorer.score(gold: try NamesGoldScorer.gold(Self.goldPath), documents: corpus.documents)
        print(result.report)
        #expect(result.recall >= 0.95, "\(result.report)")
        #expect(result.f1 >= 0.95, "\(result.report)")
        #expect(result.falseMerges.isEmpty, "\(result.report)")
    }

    @Test func withoutGazetteerStillGroups() throws {
        var options = NamesStage.Options()
        options.gazetteer = []
        let corpus = try SeedCorpus.runNames(try SeedCorpus.documents(), options: options)
        let result = NamesGoldScorer.score(gold: try NamesGoldScorer.gold(Self.goldPath), documents: corpus.documents)
        print("empty gazetteer: " + result.report)
        #expect(result.f1 >= 0.90, "\(result.report)")
        #expect(result.falseMerges.isEmpty, "\(result.report)")
    }
}
