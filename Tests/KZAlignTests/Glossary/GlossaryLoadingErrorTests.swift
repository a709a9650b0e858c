import Foundation
import Testing
@testable import KZAlign

/// Bad glossary files stop the stage before any document is read, with file and line.
@Suite("Glossary loading errors")
struct GlossaryLoadingErrorTests {
    static let header = "id\ttype\tlabel\twikidata\tlang\tvariant\tflags\n"

    func build(_ files: [(String, String)], cldr: Bool = false) throws -> GlossaryStage {
        var urls: [URL] = []
        for (name, contents) in files { urls.append(try GlossaryTestSupport.temporaryFile(name, contents)) }
        var options = GlossaryStage.Options()
        options.glossaries = urls.map(\.path)
        options.cldr = cldr
        return try GlossaryStage(options: options, context: StageContext(baseDirectory: URL(fileURLWithPath: "/"),
                                                                         jsonPath: "stages[5]"))
    }

    func error(_ files: [(String, String)]) -> GlossaryError? {
        do {
            _ = try build(files)
            return nil
        } catch let error as GlossaryError {
            return error
        } catch {
            return nil
        }
    }

    @Test("a line with too few columns")
    func malformed() {
        let e = error([("a.tsv", Self.header + "csto\torg\tCSTO\t\ten\tCSTO\tcs\ncsto\ten CSTO\n")])
        guard case let .malformedLine(file, line, _)? = e else { Issue.record("got \(String(describing: e))"); return }
        #expect(file.hasSuffix("a.tsv"))
        #expect(line == 3)
        #expect(e!.description.contains("a.tsv:3"))
    }

    @Test("a missing header")
    func missingHeader() {
        let e = error([("a.tsv", "csto\torg\tCSTO\t\ten\tCSTO\tcs\n")])
        guard case .malformedLine(_, 1, _)? = e else { Issue.record("got \(String(describing: e))"); return }
    }

    @Test("an empty variant, and one of punctuation only", arguments: ["", "  ", "–"])
    func emptyVariant(variant: String) {
        let e = error([("a.tsv", Self.header + "# comment\n\ncsto\torg\tCSTO\t\ten\t\(variant)\tcs\n")])
        #expect(e.map { if case .emptyVariant(let f, 4) = $0 { f.hasSuffix("a.tsv") } else { false } } == true,
                "got \(String(describing: e))")
    }

    @Test("an unknown language code", arguments: ["xx", "english", "kk-Qaaa1", ""])
    func unknownLanguage(code: String) {
        let e = error([("a.tsv", Self.header + "csto\torg\tCSTO\t\ten\tCSTO\tcs\ncsto\t\t\t\t\(code)\tOVKS\tcs\n")])
        switch e {
        case .unknownLanguage(_, 3, let c)?: #expect(c == code)
        case .malformedLine(_, 3, _)? where code.isEmpty: break
        default: Issue.record("got \(String(describing: e))")
        }
    }

    @Test("valid language tags pass", arguments: ["uz-Cyrl", "kk", "mul", "zh-Hans", "ar"])
    func validLanguage(code: String) throws {
        _ = try build([("a.tsv", Self.header + "csto\torg\tCSTO\t\t\(code)\tCSTO\tcs\n")])
    }

    @Test("an unknown flag")
    func unknownFlag() {
        let e = error([("a.tsv", Self.header + "csto\torg\tCSTO\t\ten\tCSTO\tcase\n")])
        guard case .unknownFlag(_, 2, "case", _)? = e else { Issue.record("got \(String(describing: e))"); return }
    }

    @Test("a duplicate id with a different label in one file names both lines")
    func duplicateInOneFile() {
        let e = error([("a.tsv", Self.header + "knb\torg\tKNB\t\ten\tKNB\tcs\nknb\torg\tNational Security Committee\t\ten\tNSC\tcs\n")])
        guard case let .conflictingConcept(id, field, first, _, second, _)? = e else {
            Issue.record("got \(String(describing: e))"); return
        }
        #expect(id == "knb" && field == "label")
        #expect(first.line == 2 && second.line == 3)
        #expect(e!.description.contains("a.tsv:2") && e!.description.contains("a.tsv:3"))
    }

    @Test("a later glossary extends an earlier one; a conflicting label names both files")
    func acrossFiles() throws {
        let base = ("base.tsv", Self.header + "csto\torg\tCSTO\t\ten\tCSTO\tcs\n")
        let extension_ = ("more.tsv", Self.header + "csto\t\t\t\tde\tOVKS\tcs\n")
        let stage = try build([base, extension_])
        #expect(stage.index.glossary.concept(id: "csto")?.variants.map(\.form) == ["CSTO", "OVKS"])

        let conflict = ("other.tsv", Self.header + "# note\ncsto\torg\tCollective Security Treaty Organization\t\ten\tCSTO\tcs\n")
        let e = error([base, conflict])
        guard case let .conflictingConcept(_, _, first, _, second, _)? = e else {
            Issue.record("got \(String(describing: e))"); return
        }
        #expect(first.file.hasSuffix("base.tsv") && first.line == 2)
        #expect(second.file.hasSuffix("other.tsv") && second.line == 3)
    }

    @Test("a concept never given a label")
    func noLabel() {
        let e = error([("a.tsv", Self.header + "csto\t\t\t\ten\tCSTO\tcs\n")])
        guard case .malformedLine(_, 2, _)? = e else { Issue.record("got \(String(describing: e))"); return }
    }

    @Test("a missing file is named")
    func missingFile() {
        var options = GlossaryStage.Options()
        options.glossaries = ["glossaries/nope.tsv"]
        options.cldr = false
        #expect(throws: GlossaryError.self) {
            _ = try GlossaryStage(options: options, context: StageContext(baseDirectory: URL(fileURLWithPath: "/tmp"),
                                                                          jsonPath: "stages[0]"))
        }
    }

    @Test("options: an unknown CLDR language is an option error naming the key")
    func optionError() {
        var options = GlossaryStage.Options()
        options.cldrLanguages = ["en", "qq"]
        #expect(throws: OptionError(key: "cldrLanguages[1]", "unknown language code 'qq'; use ISO 639 codes such as ru, kk, ky, uz, uk, tr, en, de, fr, es, it, pl, ar, zh")) {
            try options.validate()
        }
    }

    @Test("options decode with defaults for missing keys and encode every key")
    func optionsCodable() throws {
        let decoded = try JSONDecoder().decode(GlossaryStage.Options.self, from: Data(#"{"cldr": false}"#.utf8))
        #expect(decoded.cldr == false)
        #expect(decoded.glossaries == ["glossaries/terms.tsv"])
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(GlossaryStage.Options())) as? [String: Any]
        #expect(Set(encoded?.keys.map { $0 } ?? []) == ["glossaries", "cldr", "cldrLanguages", "languageConcepts",
                                                         "languageScoped", "tbxLabelLanguage"])
    }
}
