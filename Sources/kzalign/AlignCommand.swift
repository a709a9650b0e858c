import ArgumentParser
import Foundation
import KZAlign

/// `kzalign align --parallel SRC TGT`: sentence alignment of two translated files.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align two files that translate each other, one sentence per line.",
        discussion: """
        Prints one bead per line in the [i,j]:[k] form Vecalign and Bertalign write (0-based line \
        numbers; [] for a side left unaligned), so their scorers apply. Beads are 1-1, 1-2, 2-1, 2-2, \
        1-0 and 0-1, found by a banded dynamic program (linear time and memory) using installed \
        FreeDict dictionaries (English pivot; Mueller's for Russian), numbers, dates, cognates and sentence length.
        """)

    @Flag(name: .long, help: "Align the two files as translations of each other (the only mode of this command).")
    var parallel = false

    @Argument(help: "Source file, one sentence per line.")
    var source: String

    @Argument(help: "Target file, one sentence per line.")
    var target: String

    @Option(name: .customLong("source-lang"), help: "Language of the source file (ISO 639-1, e.g. de).")
    var sourceLanguage = "und"

    @Option(name: .customLong("target-lang"), help: "Language of the target file (ISO 639-1, e.g. fr).")
    var targetLanguage = "und"

    @Option(name: .customLong("dictionary-folder"), help: "Folder with FreeDict (and Mueller) .index/.dict.dz files.")
    var dictionaryFolder = "/usr/share/dictd"

    @Option(name: .customLong("cache-folder"), help: "Folder for the parsed-dictionary cache (created when missing).")
    var cacheFolder = ".cache/kzalign"

    @Flag(name: .long, help: "Append each bead's similarity score after a tab.")
    var scores = false

    func validate() throws {
        guard parallel else { throw ValidationError("only --parallel alignment is available here; comparable alignment runs in `kzalign run` (stage align)") }
    }

    func run() throws {
        let src = try Self.lines(source), tgt = try Self.lines(target)
        let lexicon = try TranslationLexicon.load(languages: [sourceLanguage, targetLanguage], folders: [dictionaryFolder],
                                                  cacheFolder: URL(fileURLWithPath: cacheFolder))
        let (frequencies, lemmatizer, notes) = try AlignWordData.load(languages: [sourceLanguage, targetLanguage])
        for note in notes { FileHandle.standardError.write(Data("kzalign: note: \(note)\n".utf8)) }
        let beads = ParallelAligner(lexicon: lexicon, frequencies: frequencies, lemmatizer: lemmatizer).align(source: src, target: tgt,
                                                             sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        var out = ""
        for bead in beads { out += scores ? "\(bead)\t\(bead.score)\n" : "\(bead)\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func lines(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        if text.isEmpty { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
    }
}
