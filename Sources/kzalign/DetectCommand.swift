import ArgumentParser
import Foundation
import KZAlign

struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Identify the language of each line on standard input.",
        discussion: """
            Prints LANG<TAB>CONFIDENCE for every input line, in order, as lines arrive. LANG is a \
            BCP-47 code (ru, kk, ky, uz, uz-Cyrl, uk, tr, en, de, fr, es, it, pl, ar, zh, …) or \
            'und' for a line without letters (empty, digits, punctuation) or below --min-confidence. \
            CONFIDENCE is in [0, 1]: low for short or ambiguous lines. Invalid UTF-8 is replaced, \
            never fatal.

            Restricting the candidates helps short text:
              echo 'Қазақстан Республикасы' | kzalign detect --languages ru,kk,ky
              kzalign detect --languages ar,de,en,es,fr,it,kk,pl,ru,tr,uk,zh < lines.txt

            The model is models/langid.bin (built by scripts/setup.sh from py3langid); set \
            KZALIGN_MODELS to use another folder.
            """)

    @Option(name: .long, help: ArgumentHelp(
        "Comma-separated candidate languages (default: ru,kk,ky,uz,uk,tr,en,de,fr,es,it,pl,ar,zh).",
        valueName: "codes"))
    var languages: String?

    @Option(name: .long, help: "Answer 'und' when the confidence is below this value (0–1).")
    var minConfidence: Double = 0

    func validate() throws {
        guard (0...1).contains(minConfidence) else {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
    }

    func run() throws {
        let identifier: LanguageIdentifier
        do { identifier = try LanguageIdentifier.shared() } catch {
            FileHandle.standardError.write(Data("kzalign detect: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let candidates: LanguageSet
        if let languages {
            let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            do { candidates = try identifier.languageSet(codes) } catch {
                throw ValidationError("--languages: \(error)")
            }
        } else {
            candidates = identifier.defaultSet
        }
        LineDetector(identifier: identifier, candidates: candidates, minimumConfidence: minConfidence).run()
    }
}
