extension String {
    /// The same text in storage of its own: a copy that shares no buffer with `self` (strings of
    /// up to 15 UTF-8 bytes are stored inline anyway).
    var ownCopy: String {
        var source = self
        return source.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(fromContentsOf: bytes)
                return bytes.count
            }
        }
    }
}
