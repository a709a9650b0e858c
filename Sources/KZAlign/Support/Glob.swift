#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path glob: `*`, `?` and `[…]` within one path component (POSIX
/// `fnmatch`), and `**` for any number of whole components, as in gitignore
/// and most build tools. Matching is on `/`-separated relative paths.
public struct Glob: Sendable, Equatable {
    public let pattern: String
    private let parts: [String]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.parts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    public func matches(_ relativePath: String) -> Bool {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return match(parts[...], components[...])
    }

    private func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let component = path.first, fnmatch(head, component, 0) == 0 else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }
}
