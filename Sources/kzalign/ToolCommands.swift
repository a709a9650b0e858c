import ArgumentParser

/// The line-oriented tools (translit, detect, names, align) other engineers' files define.
enum ToolCommands {
    static let all: [any ParsableCommand.Type] = [AlignCommand.self]
}
