import ArgumentParser
import Foundation
import KZAlign

/// `kzalign names …`: name-matching tools.
struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Name matching: score pairs of names with the clustering's decision.",
        subcommands: [NamesScoreCommand.self])
}

/// `kzalign names score`: `NAME_A<TAB>NAME_B` lines in, `SCORE<TAB>same|different` out.
struct NamesScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Read NAME_A<TAB>NAME_B lines on stdin; print SCORE<TAB>same|different per line.",
        discussion: """
        The decision is the one the names stage uses to cluster mentions: language-aware
        match keys (BGN/PCGN, Duden, French, Turkish, Polish/Czech conventions folded;
        Russian, Kazakh, Kyrgyz, Ukrainian case endings and Turkish 'in suffixes stripped)
        compared part by part with guards for false friends (Kyzyl/Kyzylorda,
        Aktau/Aktobe, Karimov/Karimova). Optional third and fourth columns give each
        name's language (BCP-47), which selects the conventions; without them the
        language is guessed from the script.

        Example:
          printf 'Tokajew\\tТокаев\\n' | kzalign names score
        """)

    @Option(name: .long, help: "Language of every name when the line gives none (BCP-47; default: guess from script).")
    var lang: String?

    func run() throws {
        let keyer = NameKeyer()
        let matcher = NameMatcher()
        var output = ""
        while let line = readLine(strippingNewline: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else {
                output += "0.000\tdifferent\n"
                continue
            }
            let languageA = fields.count > 2 && !fields[2].isEmpty ? fields[2] : lang
            let languageB = fields.count > 3 && !fields[3].isEmpty ? fields[3] : lang
            let result = matcher.score(keyer.key(fields[0], language: languageA), keyer.key(fields[1], language: languageB))
            output += String(format: "%.3f\t%@\n", result.score, result.same ? "same" : "different")
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
