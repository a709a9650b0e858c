import Foundation
import Testing
@testable import KZAlign

@Suite("detect-language stage")
struct DetectLanguageStageTests {
    /// A document whose segments are the given pieces, separated by spaces.
    func document(_ pieces: [String]) -> Document {
        var doc = Document(id: "d", path: "d.txt", sha256: "", text: pieces.joined(separator: " "))
        var start = 0
        for (i, piece) in pieces.enumerated() {
            let length = piece.unicodeScalars.count
            doc.segments.append(Segment(id: "d:\(i)", start: start, end: start + length, kind: .sentence, text: piece))
            start += length + 1
        }
        return doc
    }

    func stage(_ configure: (inout DetectLanguageStage.Options) -> Void = { _ in }) throws -> DetectLanguageStage {
        var options = DetectLanguageStage.Options()
        configure(&options)
        return try DetectLanguageStage(options: options, identifier: try installedIdentifier())
    }

    @Test("documents and segments get languages; a mixed document keeps per-segment languages")
    func mixedDocument() throws {
        var doc = document([
            "Президент Республики Казахстан выступил с обращением к народу в понедельник вечером.",
            "Власти заявили, что ситуация в стране полностью находится под контролем силовых структур.",
            "Қазақстан Республикасының Президенті халыққа үндеу жасады.",
            "The president addressed the nation on Monday evening.",
        ])
        try stage().detect(&doc)
        #expect(doc.language == "ru")
        #expect((doc.languageConfidence ?? 0) > 0.8)
        #expect(doc.segments.map(\.language) == ["ru", "ru", "kk", "en"])
    }

    @Test("weak segments inherit the document's language with a visibly lower confidence; digits and URLs are und")
    func inheritance() throws {
        var doc = document([
            "Das Außenministerium teilte am Mittwoch mit, dass die Regierung neue Maßnahmen beschlossen habe.",
            "Tokajew",
            "10.01.2022",
            "https://www.example.com/artikel/123",
            "Die Opposition kritisierte die Entscheidung scharf und forderte eine Untersuchung.",
        ])
        try stage().detect(&doc)
        #expect(doc.language == "de")
        let documentConfidence = try #require(doc.languageConfidence)
        #expect(doc.segments[1].language == "de")
        #expect((doc.segments[1].languageConfidence ?? 1) <= documentConfidence * 0.5 + 1e-9)
        #expect(doc.segments[2].language == "und")
        #expect(doc.segments[2].languageConfidence == 0)
        #expect(doc.segments[3].language == "und")
        #expect(doc.segments[4].language == "de")
        #expect((doc.segments[4].languageConfidence ?? 0) > 0.6)
    }

    @Test("a segment around a name or brand in another script keeps its document's language; a real quote does not")
    func mixedScriptSegments() throws {
        // Sentences from the Lingua test sets (../shared/langid-testdata) with a Latin name or brand in them.
        var arabic = document([
            "تتعاون إدارة مرافقة وحراسة الأفراد بالجهاز مع بقية الإدارات الميدانية بجهاز الأمن.",
            "Marat Aidabuly: الساعة الآن 07:37 PM.",
        ])
        var kazakh = document([
            "Қазақстан Республикасының Президенті халыққа үндеу жасады.",
            "Ресми түрде ойын 2013 жылы ПК Xbox 360, PlayStation 3, PlayStation Portable, PlayStation 2",
        ])
        var russian = document([
            "Президент Республики Казахстан выступил с обращением к народу в понедельник вечером.",
            "The president addressed the nation on Monday evening, сообщил он.",
        ])
        let plain = try stage()
        for doc in [arabic, kazakh] {
            // The letters of the other script outnumber the document's: read whole, the segment is not the document's.
            #expect(plain.identifier.identify(doc.segments[1].text).language != doc.segments[0].language)
        }
        try plain.detect(&arabic)
        try plain.detect(&kazakh)
        try plain.detect(&russian)
        #expect(arabic.segments.map(\.language) == ["ar", "ar"])
        #expect(kazakh.segments.map(\.language) == ["kk", "kk"])
        #expect(russian.segments.map(\.language) == ["ru", "en"])
        var kazakhAgain = document(kazakh.segments.map(\.text))
        try stage { $0.documentScriptShare = 1 }.detect(&kazakhAgain)
        #expect(kazakhAgain.segments[1].language != "kk")
        // share 0 reads every other-script segment in the document's script; one with none of its letters keeps its own guess
        var nameOnly = document([arabic.segments[0].text, "Timur Ashimin: 10."])
        try stage { $0.documentScriptShare = 0 }.detect(&nameOnly)
        #expect(nameOnly.segments[1].language != "und")
    }

    @Test("options: unknown codes and out-of-range values are errors naming the key")
    func optionErrors() throws {
        _ = try installedIdentifier()
        var options = DetectLanguageStage.Options()
        options.languages = ["en", "klingon"]
        #expect(throws: OptionError.self) { try options.validate() }
        do { try options.validate() } catch let error as OptionError {
            #expect(error.key == "languages[1]")
            #expect(error.message.contains("valid codes"))
        }
        options = DetectLanguageStage.Options()
        options.inheritBelow = 1.5
        #expect(throws: OptionError(key: "inheritBelow", "must be between 0 and 1, got 1.5")) { try options.validate() }
        options = DetectLanguageStage.Options()
        options.documentScriptShare = -0.1
        #expect(throws: OptionError(key: "documentScriptShare", "must be between 0 and 1, got -0.1")) { try options.validate() }
    }

    @Test("options decode with defaults for missing keys and encode every key")
    func optionsCoding() throws {
        let decoded = try JSONDecoder().decode(DetectLanguageStage.Options.self, from: Data(#"{"languages": ["ru", "kk"]}"#.utf8))
        #expect(decoded.languages == ["ru", "kk"])
        #expect(decoded.inheritBelow == DetectLanguageStage.Options().inheritBelow)
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(DetectLanguageStage.Options())) as? [String: Any]
        #expect(Set(encoded?.keys.map { $0 } ?? []) == ["languages", "minimumConfidence", "inheritBelow", "inheritedScale",
                                                           "documentScriptShare"])
        #expect(StageRegistry.standard.factory(named: "detect-language") != nil)
    }
}
