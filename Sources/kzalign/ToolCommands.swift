import ArgumentParser

/// The line-oriented tools: translit, detect, names (score), align (--parallel).
enum ToolCommands {
    static let all: [any ParsableCommand.Type] = [
        TranslitCommand.self, DetectCommand.self, NamesCommand.self, AlignCommand.self,
    ]
}
