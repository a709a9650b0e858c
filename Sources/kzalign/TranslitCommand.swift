import ArgumentParser
import Foundation
import KZAlign

/// `kzalign translit --lang LANG`: lines on stdin, their Latin form on stdout.
struct TranslitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translit",
        abstract: "Print the Latin form of each line read on standard input.",
        discussion: """
        The scheme comes from the language, as in the transliterate stage:
          ru Russian-Latin/BGN   kk Kazakh-Latin/BGN   uk Ukrainian-Latin/BGN
          ky Kirghiz-Latin/BGN   uz-Cyrl uz_Cyrl-uz_Latn   ar Arabic-Latin
          he Hebrew-Latin        zh Han-Latin/Names     otherwise Any-Latin; Latin-ASCII
        --matching uses the forms the name matcher compares instead (Kazakh and
        Kyrgyz letters folded to Russian, then BGN: Тоқаев → Tokayev).
        Words are transliterated once and memoized; Latin words pass through.

        Example:
          echo 'Касым-Жомарт Токаев' | kzalign translit --lang ru
        """)

    @Option(name: .long, help: "BCP-47 language of the input (ru, kk, uk, ky, uz-Cyrl, ar, he, zh, …).")
    var lang: String = "und"

    @Option(name: .long, help: "An ICU transform id that overrides the language's default (e.g. 'Any-Latin').")
    var scheme: String?

    @Option(name: .long, help: "A file of ICU transliteration rules to apply instead of a scheme.")
    var rules: String?

    @Flag(name: .long, help: "Use the name-matching scheme (press forms) instead of the display scheme.")
    var matching = false

    func run() throws {
        var catalog = SchemeCatalog.standard
        let chosen: String
        if let rules {
            chosen = try catalog.addRuleFile(URL(fileURLWithPath: rules), displayPath: rules)
        } else if let scheme {
            chosen = scheme
        } else {
            chosen = matching ? TransliterationScheme.matching(for: lang) : TransliterationScheme.display(for: lang)
        }
        let transliterator: TokenTransliterator
        do {
            transliterator = try TokenTransliterator(scheme: chosen, catalog: catalog)
        } catch {
            throw ValidationError("\(error)")
        }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: input, as: UTF8.self)
        FileHandle.standardOutput.write(Data(transliterator.transliteratedUTF8(text)))
    }
}
