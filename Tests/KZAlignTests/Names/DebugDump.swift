import Foundation
import Testing
@testable import KZAlign

@Suite("Names: debug dump", .enabled(if: ProcessInfo.processInfo.environment["KZ_DUMP"] != nil))
struct DebugDump {
    @Test func dump() throws {
        let corpus = try SeedCorpus.runNames(try SeedCorpus.documents())
        for d in corpus.documents {
            for m in d.mentions { print("M\t\(d.id.prefix(3))\t\(m.surface)\t\(m.key)\t\(m.entity)\t\(m.type)") }
        }
    }
}
