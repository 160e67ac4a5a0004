import Foundation

/// Charts drawn as inline SVG by the project (no script, no network): horizontal bars for
/// breakdowns and scores, columns for histograms, a baseline drawn as outlines when given.
enum SVGChart {
    static let barColor = "#3b6ea5"
    static let baselineColor = "#d08c2e"

    /// One bar per item; values are shown at the end of each bar.
    static func bars(_ items: [(label: String, value: Double, baseline: Double?)], maximum: Double? = nil, valueText: (Double) -> String) -> String {
        guard !items.isEmpty else { return "" }
        let rowHeight = 20.0, labelWidth = 190.0, barWidth = 330.0, width = labelWidth + barWidth + 90
        let top = max(maximum ?? 0, items.map { max($0.value, $0.baseline ?? 0) }.max() ?? 0, 1e-9)
        var svg = header(width: width, height: rowHeight * Double(items.count) + 6, title: "bar chart")
        for (row, item) in items.enumerated() {
            let y = Double(row) * rowHeight + 3
            svg += text(x: labelWidth - 6, y: y + 14, item.label, anchor: "end")
            let length = item.value / top * barWidth
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(fixed(max(length, item.value > 0 ? 1 : 0)))\" height=\"\(rowHeight - 6)\" fill=\"\(barColor)\"/>"
            if let baseline = item.baseline {
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 1)\" width=\"\(fixed(baseline / top * barWidth))\" height=\"\(rowHeight - 2)\" fill=\"none\" stroke=\"\(baselineColor)\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>"
            }
            svg += text(x: labelWidth + length + 5, y: y + 14, valueText(item.value), anchor: "start")
        }
        return svg + "</svg>"
    }

    /// Columns over the occupied bins of `histogram` (shares of its count), with the baseline's shares as outlines.
    static func histogram(_ histogram: Histogram, baseline: Histogram?, title: String) -> String {
        let shares = histogram.shares, baselineShares = baseline?.bounds == histogram.bounds ? baseline?.shares ?? [] : []
        let occupied = histogram.counts.indices.filter { histogram.counts[$0] > 0 || (baselineShares.indices.contains($0) && baselineShares[$0] > 0) }
        guard let first = occupied.first, let last = occupied.last else { return "<p class=\"empty\">no values</p>" }
        let bins = Array(first...last)
        let width = 560.0, height = 170.0, left = 48.0, bottom = 36.0, plotHeight = height - bottom - 10
        let columnWidth = (width - left - 10) / Double(bins.count)
        let top = max((bins.map { shares[$0] } + bins.compactMap { baselineShares.indices.contains($0) ? baselineShares[$0] : nil }).max() ?? 0, 1e-9)
        var svg = header(width: width, height: height, title: title)
        svg += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 10)\" y2=\"\(height - bottom)\" stroke=\"#888\"/>"
        svg += text(x: left - 4, y: 16, Format.percent(top), anchor: "end", size: 10)
        for (column, bin) in bins.enumerated() {
            let x = left + Double(column) * columnWidth
            let barHeight = shares[bin] / top * plotHeight
            svg += "<rect x=\"\(fixed(x + 1))\" y=\"\(fixed(height - bottom - barHeight))\" width=\"\(fixed(max(columnWidth - 2, 1)))\" height=\"\(fixed(barHeight))\" fill=\"\(barColor)\"><title>\(escape(binLabel(histogram, bin))): \(histogram.counts[bin])</title></rect>"
            if baselineShares.indices.contains(bin) {
                let baselineHeight = baselineShares[bin] / top * plotHeight
                svg += "<rect x=\"\(fixed(x + 1))\" y=\"\(fixed(height - bottom - baselineHeight))\" width=\"\(fixed(max(columnWidth - 2, 1)))\" height=\"\(fixed(baselineHeight))\" fill=\"none\" stroke=\"\(baselineColor)\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>"
            }
            if bins.count <= 16 || column % 2 == 0 {
                svg += text(x: x + columnWidth / 2, y: height - bottom + 14, binLabel(histogram, bin), anchor: "middle", size: 10)
            }
        }
        svg += text(x: left, y: height - 4, "values ≤ bin bound; share of \(histogram.count)", anchor: "start", size: 10)
        return svg + "</svg>"
    }

    private static func binLabel(_ histogram: Histogram, _ bin: Int) -> String {
        bin < histogram.bounds.count ? "≤" + Format.number(histogram.bounds[bin]) : ">" + Format.number(histogram.bounds.last ?? 0)
    }

    private static func header(width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(escape(title))\" width=\"\(fixed(width))\" height=\"\(fixed(height))\" viewBox=\"0 0 \(fixed(width)) \(fixed(height))\">"
    }

    private static func text(x: Double, y: Double, _ content: String, anchor: String, size: Int = 12) -> String {
        "<text x=\"\(fixed(x))\" y=\"\(fixed(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\">\(escape(content))</text>"
    }

    static func fixed(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
