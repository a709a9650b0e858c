import ArgumentParser
struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "names", abstract: "placeholder")
}
