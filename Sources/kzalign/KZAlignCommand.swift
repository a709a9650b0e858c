import ArgumentParser
import KZAlign

@main
struct KZAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kzalign",
        abstract: "Follow one news story through many languages: names, terms and statements aligned across languages and scripts.",
        discussion: """
        The main job is `kzalign run pipeline.json`: it reads the corpus the pipeline names, runs its stages \
        (ingest, segment, detect-language, transliterate, names, glossary, align) and writes documents.jsonl, \
        names.json, concepts.json, alignments.jsonl, run.json and the other formats listed in output.formats.

        Start with:
          kzalign validate pipeline.json             check the pipeline and its files
          kzalign config --effective pipeline.json   every option with its default
          kzalign run pipeline.json --out out         run it
          kzalign stages                              stage types, needs, outputs

        Line tools: detect, translit, names score, align --parallel.
        Distributed runs: corpus, map, reduce (see README, Scale).

        Exit status: 0 every input processed; 1 some inputs failed (outputs written, failures in run.json); \
        2 unusable pipeline or arguments (nothing written).
        """,
        version: "kzalign \(KZAlignVersion.current) (ICU \(icuVersion))",
        subcommands: [RunCommand.self, ValidateCommand.self, ConfigCommand.self, StagesCommand.self, CorpusCommand.self, MapCommand.self, ReduceCommand.self]
            + ToolCommands.all
    )
}
