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
    /// A root that is a symbolic link (a data folder linked into a project) is followed.
    public static func scan(root givenRoot: URL, include: [String], exclude: [String], displayBase: URL) -> [CorpusFile] {
        let root = givenRoot.resolvingSymlinksInPath()
        let includes = include.map(Glob.init)
        let excludes = exclude.map(Glob.init)
        let rootPath = root.standardizedFileURL.path
        let basePath = displayBase.standardizedFileURL.path
        let givenRootPath = givenRoot.standardizedFileURL.path
        var files: [CorpusFile] = []
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            guard includes.contains(where: { $0.matches(relative) }), !excludes.contains(where: { $0.matches(relative) }) else { continue }
            // Shown under the root as the pipeline names it, even when the root is a link.
            let display = givenRootPath.hasPrefix(basePath + "/")
                ? String(givenRootPath.dropFirst(basePath.count + 1)) + "/" + relative : givenRootPath + "/" + relative
            files.append(CorpusFile(url: url, relativePath: relative, displayPath: display))
        }
        return files.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    }
}
