/// Holds a non-Sendable value that is never used directly across threads:
/// only to make per-thread copies (`clone()`) from it. The owner guarantees that.
public struct SendableBox<Value>: @unchecked Sendable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
}
