import Foundation

/// Inline SVG bar charts for the report. Labels are escaped; numbers are formatted
/// with a fixed number of decimals so the output is deterministic.
enum SVGChart {
    /// A categorical palette with enough contrast on white (Tableau 10).
    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                          "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]

    /// Horizontal bars, one per item, longest first as given.
    static func bars(_ items: [(label: String, value: Int)], label: String, color: String = palette[0]) -> String {
        let rowHeight = 22, labelWidth = 190, barWidth = 300, width = labelWidth + barWidth + 60
        let height = max(1, items.count) * rowHeight + 8
        let maximum = max(1, items.map(\.value).max() ?? 1)
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(HTML.escape(label))\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (row, item) in items.enumerated() {
            let y = 4 + row * rowHeight
            let length = Double(barWidth) * Double(item.value) / Double(maximum)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTML.escape(truncated(item.label, 23)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(number(max(length, 1)))\" height=\"16\" rx=\"2\" fill=\"\(color)\"><title>\(HTML.escape(item.label)): \(item.value)</title></rect>"
            svg += "<text x=\"\(number(Double(labelWidth) + max(length, 1) + 6))\" y=\"\(y + 15)\" class=\"value\">\(item.value)</text>"
        }
        return svg + "</svg>"
    }

    /// One stacked bar per row (e.g. a document), segments coloured by key (e.g. a language), with a legend.
    static func stackedBars(_ rows: [(label: String, parts: [(key: String, value: Int)])], keys: [String], label: String) -> String {
        let rowHeight = 22, labelWidth = 190, barWidth = 300, width = labelWidth + barWidth + 60
        let legendHeight = 24
        let height = max(1, rows.count) * rowHeight + legendHeight + 8
        let maximum = max(1, rows.map { $0.parts.reduce(0) { $0 + $1.value } }.max() ?? 1)
        let color = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, palette[$0 % palette.count]) })
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(HTML.escape(label))\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        var x = labelWidth
        for key in keys {
            svg += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" rx=\"2\" fill=\"\(color[key] ?? palette[0])\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"14\">\(HTML.escape(truncated(key, 10)))</text>"
            x += 16 + 8 * min(key.count, 10) + 14
        }
        for (row, item) in rows.enumerated() {
            let y = legendHeight + 4 + row * rowHeight
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTML.escape(truncated(item.label, 23)))</text>"
            var offset = Double(labelWidth)
            for part in item.parts where part.value > 0 {
                let length = Double(barWidth) * Double(part.value) / Double(maximum)
                svg += "<rect x=\"\(number(offset))\" y=\"\(y + 3)\" width=\"\(number(length))\" height=\"16\" fill=\"\(color[part.key] ?? palette[0])\"><title>\(HTML.escape(item.label)) · \(HTML.escape(part.key)): \(part.value)</title></rect>"
                offset += length
            }
            let total = item.parts.reduce(0) { $0 + $1.value }
            svg += "<text x=\"\(number(offset + 6))\" y=\"\(y + 15)\" class=\"value\">\(total)</text>"
        }
        return svg + "</svg>"
    }

    static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    static func truncated(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
