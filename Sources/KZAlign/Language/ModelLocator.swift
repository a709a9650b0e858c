import Foundation

/// Finds kzalign's model files (built by `scripts/setup.sh` into `models/`).
///
/// Search order: the folder named by the environment variable
/// `KZALIGN_MODELS`; `models/` in the current directory; `models/` in the
/// repository the running executable was built in (`.build/<config>/kzalign`
/// → the folder above `.build`).
public enum ModelLocator {
    public static let environmentVariable = "KZALIGN_MODELS"

    /// The folders searched, in order.
    public static func searchFolders() -> [URL] {
        var folders: [URL] = []
        if let value = ProcessInfo.processInfo.environment[environmentVariable], !value.isEmpty {
            folders.append(URL(fileURLWithPath: value, isDirectory: true))
        }
        folders.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            .appendingPathComponent("models", isDirectory: true))
        if let repository = repositoryFolder() {
            folders.append(repository.appendingPathComponent("models", isDirectory: true))
        }
        return folders
    }

    /// The repository the running executable was built in (`.build/<config>/kzalign` → the folder
    /// above `.build`), or nil for an executable installed elsewhere.
    public static func repositoryFolder() -> URL? {
        var executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        if let path = Bundle.main.executablePath { executable = URL(fileURLWithPath: path).resolvingSymlinksInPath() }
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            if folder.lastPathComponent == ".build" { return folder.deletingLastPathComponent() }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }

    /// The first existing `file` in the search folders.
    /// - Throws: `LanguageError.modelNotFound` naming every place searched.
    public static func locate(_ file: String) throws -> URL {
        let folders = searchFolders()
        for folder in folders {
            let url = folder.appendingPathComponent(file)
            if FileManager.default.isReadableFile(atPath: url.path) { return url }
        }
        throw LanguageError.modelNotFound(file: file, searched: folders.map(\.path))
    }
}
