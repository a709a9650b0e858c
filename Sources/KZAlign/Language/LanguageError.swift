/// Errors of language identification: model files and language codes.
public enum LanguageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No model file was found; `searched` lists the places looked at.
    case modelNotFound(file: String, searched: [String])
    /// The model file exists but is not a kzalign language model (or is truncated).
    case invalidModel(path: String, reason: String)
    /// A language code the model does not know.
    case unknownLanguage(code: String, valid: [String])

    public var description: String {
        switch self {
        case .modelNotFound(let file, let searched):
            return "language model '\(file)' not found (looked in: \(searched.joined(separator: ", "))); "
                + "run scripts/setup.sh to install it, or set KZALIGN_MODELS to the folder that holds it"
        case .invalidModel(let path, let reason):
            return "\(path): not a usable language model (\(reason)); rerun scripts/setup.sh to rebuild it"
        case .unknownLanguage(let code, let valid):
            return "unknown language '\(code)'; valid codes: \(valid.joined(separator: ", "))"
        }
    }
}
