import Foundation

/// One input file of the corpus.
public struct CorpusFile: Sendable, Equatable {
    /// Absolute location.
    public var url: URL
    /// Path relative to the corpus root, `/`-separated ("2024/01/a.txt").
    public var relativePath: String
    /// Path as reported in outputs: relative to the pipeline's folder when inside it.
    public var displayPath: String
}

/// Lists the corpus files a pipeline selects, in a stable order.
public enum CorpusScanner {
    /// Files under `root` matching any `include` glob and no `exclude` glob,
    /// sorted by relative path (byte order), hidden files and folders skipped.
    public static func scan(root: URL, include: [String], exclude: [String], displayBase: URL) -> [CorpusFile] {
        let includes = include.map(Glob.init)
        let excludes = exclude.map(Glob.init)
        let rootPath = root.standardizedFileURL.path
        let basePath = displayBase.standardizedFileURL.path
        var files: [CorpusFile] = []
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            guard includes.contains(where: { $0.matches(relative) }), !excludes.contains(where: { $0.matches(relative) }) else { continue }
            let display = path.hasPrefix(basePath + "/") ? String(path.dropFirst(basePath.count + 1)) : path
            files.append(CorpusFile(url: url, relativePath: relative, displayPath: display))
        }
        return files.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    }
}
