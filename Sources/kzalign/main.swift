import ArgumentParser
import KZAlign

// Minimal root for the langid branch; main's root command lists DetectCommand among its subcommands.
struct KZAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kzalign",
        abstract: "Multilingual news alignment.",
        subcommands: [DetectCommand.self])
}

KZAlignCommand.main()
