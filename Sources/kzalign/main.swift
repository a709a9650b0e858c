import ArgumentParser
import KZAlign

// Branch-local entry point (names): main's root command lists these subcommands.
struct KZAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kzalign",
        abstract: "Canonical names, normalized documents and cross-language links for multilingual news.",
        version: "0.1.0 (ICU \(icuVersion))",
        subcommands: [TranslitCommand.self, NamesCommand.self])
}

KZAlignCommand.main()
