/// What a document needs to get its segments' texts back after `Document.leaveOutSegmentTexts()`:
/// each text is the document's text at the segment's offsets, so only which segments' Latin and
/// canonical forms were their texts is kept (one byte a segment).
struct LeftOutSegmentTexts: Sendable, Equatable {
    static let latinIsText: UInt8 = 1
    static let canonicalIsText: UInt8 = 2
    /// Per segment: `latinIsText` and `canonicalIsText` bits.
    var flags: [UInt8]
}

extension Document {
    /// Empties every segment's `text`, and its `latin` and `canonical` forms where they equal it,
    /// until `restoreSegmentTexts()` slices them again from `text`. A run that only writes its
    /// outputs holds its documents this way through the reduce: the segment texts repeat the
    /// document's text (about 3 KB a document, 40 bytes of heap block each, at 100,000
    /// documents some 400 MB with the Latin forms that share their storage).
    /// Does nothing when the texts are already left out or there are no segments.
    mutating func leaveOutSegmentTexts() {
        guard leftOutSegmentTexts == nil, !segments.isEmpty else { return }
        var flags = [UInt8](repeating: 0, count: segments.count)
        for i in segments.indices {
            let text = segments[i].text
            if segments[i].latin == text { flags[i] |= LeftOutSegmentTexts.latinIsText; segments[i].latin = "" }
            if segments[i].canonical == text { flags[i] |= LeftOutSegmentTexts.canonicalIsText; segments[i].canonical = "" }
            segments[i].text = ""
        }
        leftOutSegmentTexts = LeftOutSegmentTexts(flags: flags)
    }

    /// Gives every segment its text back after `leaveOutSegmentTexts()` (and its Latin and
    /// canonical forms that were its text, sharing its storage); does nothing otherwise.
    mutating func restoreSegmentTexts() {
        guard let left = leftOutSegmentTexts else { return }
        leftOutSegmentTexts = nil
        var slicer = ScalarSlicer(text)
        for i in segments.indices {
            let text = slicer.slice(segments[i].start..<segments[i].end)
            segments[i].text = text
            if left.flags[i] & LeftOutSegmentTexts.latinIsText != 0 { segments[i].latin = text }
            if left.flags[i] & LeftOutSegmentTexts.canonicalIsText != 0 { segments[i].canonical = text }
        }
    }

    /// The document with its segments' texts (a copy restored by `restoreSegmentTexts()` when they are left out).
    func withSegmentTexts() -> Document {
        guard leftOutSegmentTexts != nil else { return self }
        var restored = self
        restored.restoreSegmentTexts()
        return restored
    }
}

/// Slices a text by code point offsets. Segments come in text order, so one cursor walks the text
/// once, restarting only when an offset goes back.
struct ScalarSlicer {
    let scalars: String.UnicodeScalarView
    private var cursor: String.UnicodeScalarView.Index
    private var cursorOffset = 0

    init(_ text: String) {
        scalars = text.unicodeScalars
        cursor = scalars.startIndex
    }

    /// The scalars at `offsets`, which must lie within the text.
    mutating func slice(_ offsets: Range<Int>) -> String {
        let lower = index(at: offsets.lowerBound), upper = index(at: offsets.upperBound)
        return String(scalars[lower..<upper])
    }

    private mutating func index(at offset: Int) -> String.UnicodeScalarView.Index {
        if offset < cursorOffset { cursor = scalars.startIndex; cursorOffset = 0 }
        cursor = scalars.index(cursor, offsetBy: offset - cursorOffset)
        cursorOffset = offset
        return cursor
    }
}

extension [DocumentSummary] {
    /// Leaves out the segment texts of every summary's document (`Document.leaveOutSegmentTexts()`).
    mutating func leaveOutSegmentTexts() {
        for i in indices { self[i].document?.leaveOutSegmentTexts() }
    }
}
