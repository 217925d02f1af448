import Foundation

/// Our one small chart module: categorical bar charts (stacked or grouped), line series,
/// shaded value bands and dashed reference lines, drawn as inline SVG, plus a sparkline.
///
/// Output is plain text built from numbers formatted with a fixed precision and escaped labels,
/// so the same chart always gives the same bytes. The SVG scales to its container (`viewBox`,
/// no fixed width) and carries `<title>` tooltips and an accessible name.
struct SVGChart {
    enum BarLayout {
        case stacked
        case grouped
    }

    /// One named series, one value per category (nil: no value, drawn as a gap).
    struct Series {
        var name: String
        var color: String
        var values: [Double?]

        /// The value of category `index`; nil when absent or not finite (never drawn).
        func value(at index: Int) -> Double? {
            guard values.indices.contains(index), let value = values[index], value.isFinite else { return nil }
            return value
        }
    }

    /// A horizontal range of the value axis shaded in the background (upper nil: to the top),
    /// explained in the legend.
    struct Band {
        var lower: Double
        var upper: Double?
        var color: String
        var label: String
    }

    /// A dashed horizontal line at a value, such as a target.
    struct Reference {
        var value: Double
        var color: String
        var label: String
    }

    /// Accessible name of the chart.
    var title: String
    /// Category labels along the x axis, one per value of every series.
    var categories: [String]
    var bars: [Series] = []
    var layout: BarLayout = .stacked
    var lines: [Series] = []
    var bands: [Band] = []
    var references: [Reference] = []
    /// What the value axis measures, shown above it.
    var unit: String
    /// Shown instead of the plot when there is nothing to draw.
    var emptyMessage: String
    /// Decimals of value labels in tooltips.
    var valueDigits = 1

    private static let width = 480.0
    private static let height = 230.0
    private static let left = 34.0
    private static let right = 8.0
    private static let top = 22.0
    private static let bottom = 26.0
    private static let maxXLabels = 6

    private var plotWidth: Double { Self.width - Self.left - Self.right }
    private var plotHeight: Double { Self.height - Self.top - Self.bottom }

    /// The chart with its legend (none when there is nothing to draw), inside a `<figure>`.
    func figure(caption: String) -> String {
        """
        <figure class="chart">
        <figcaption>\(Escape.html(caption))</figcaption>
        \(svg())
        \(isEmpty ? "" : legend())
        </figure>
        """
    }

    /// True when the chart shows only its empty message.
    /// A chart of reference lines and bands alone (a target with no sets logged) is empty too.
    var isEmpty: Bool {
        let data = categories.indices.flatMap { index in (bars + lines).compactMap { $0.value(at: index) } }
        return categories.isEmpty || !data.contains { $0 > 0 } || largestValue() <= 0
    }

    /// The `<svg>` element alone.
    func svg() -> String {
        var out = """
            <svg viewBox="0 0 \(Self.width.svg) \(Self.height.svg)" role="img" aria-label="\(Escape.html(title))" \
            preserveAspectRatio="xMidYMid meet" font-family="inherit" font-size="12">
            <title>\(Escape.html(title))</title>\n
            """
        guard !isEmpty else {
            out += """
                <rect x="0.5" y="0.5" width="\((Self.width - 1).svg)" height="\((Self.height - 1).svg)" \
                fill="#f6f8fa" stroke="#d0d7de" rx="6"/>
                <text x="\((Self.width / 2).svg)" y="\((Self.height / 2).svg)" text-anchor="middle" fill="#57606a" \
                font-size="15">\(Escape.html(emptyMessage))</text>
                </svg>
                """
            return out
        }
        let axis = Axis(maximum: largestValue())
        out +=
            drawBands(axis) + drawGrid(axis) + drawBars(axis) + drawLines(axis) + drawReferences(axis) + drawXLabels()
        out += "</svg>"
        return out
    }

    /// A legend as an HTML list of colour swatches (bars, lines, references, bands).
    func legend() -> String {
        var items: [(color: String, label: String, kind: String)] = []
        items += bars.map { ($0.color, $0.name, "box") }
        items += lines.map { ($0.color, $0.name, "line") }
        items += references.map { ($0.color, $0.label, "dash") }
        items += bands.map { ($0.color, $0.label, "band") }
        guard !items.isEmpty else { return "" }
        let entries = items.map {
            "<li><span class=\"swatch \($0.kind)\" style=\"--c:\($0.color)\"></span>\(Escape.html($0.label))</li>"
        }
        return "<ul class=\"legend\">" + entries.joined() + "</ul>"
    }

    // MARK: - Drawing

    private struct Axis {
        var top: Double
        var step: Double

        /// A tick step of 1, 2, 2.5 or 5 × 10ⁿ giving at most five intervals up to `maximum`.
        init(maximum: Double) {
            let rough = maximum / 5
            let magnitude = pow(10, floor(log10(rough)))
            let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
            self.step = step
            self.top = (maximum / step).rounded(.up) * step
        }

        var ticks: [Double] { stride(from: 0, through: top + step / 2, by: step).map { $0 } }
    }

    private func y(_ value: Double, _ axis: Axis) -> Double {
        Self.top + plotHeight * (1 - min(max(value, 0), axis.top) / axis.top)
    }

    private var slot: Double { plotWidth / Double(categories.count) }

    private func centerX(_ index: Int) -> Double { Self.left + slot * (Double(index) + 0.5) }

    private func largestValue() -> Double {
        var candidates: [Double] = []
        for index in categories.indices {
            let values = bars.compactMap { $0.value(at: index) }
            candidates.append(layout == .stacked ? values.reduce(0, +) : values.max() ?? 0)
        }
        candidates += lines.flatMap { line in categories.indices.compactMap { line.value(at: $0) } }
        candidates += references.map(\.value).filter(\.isFinite)
        guard candidates.contains(where: { $0 > 0 }) else { return 0 }
        // Leave room above the highest finite band edge so the top band is visible too.
        if let edge = bands.compactMap(\.upper).max() { candidates.append(edge * 1.2) }
        return (candidates.max() ?? 0) * 1.05
    }

    private func drawBands(_ axis: Axis) -> String {
        bands.map { band in
            let upper = y(min(band.upper ?? axis.top, axis.top), axis)
            let lower = y(band.lower, axis)
            guard lower - upper > 0.5 else { return "" }
            return """
                <rect x="\(Self.left.svg)" y="\(upper.svg)" width="\(plotWidth.svg)" height="\((lower - upper).svg)" \
                fill="\(band.color)"/>\n
                """
        }.joined()
    }

    private func drawGrid(_ axis: Axis) -> String {
        var out = """
            <text x="2" y="12" fill="#57606a" font-size="11">\(Escape.html(unit))</text>\n
            """
        for tick in axis.ticks {
            let ty = y(tick, axis)
            out += """
                <line x1="\(Self.left.svg)" y1="\(ty.svg)" x2="\((Self.left + plotWidth).svg)" y2="\(ty.svg)" \
                stroke="\(tick == 0 ? "#8c959f" : "#d8dee4")" stroke-width="1"/>
                <text x="\((Self.left - 6).svg)" y="\((ty + 4).svg)" text-anchor="end" fill="#57606a">\
                \(Format.trimmed(tick, digits: 2))</text>\n
                """
        }
        return out
    }

    private func drawBars(_ axis: Axis) -> String {
        guard !bars.isEmpty else { return "" }
        var out = ""
        let groupWidth = slot * (layout == .stacked ? 0.68 : 0.8)
        let barWidth = layout == .stacked ? groupWidth : groupWidth / Double(bars.count)
        for index in categories.indices {
            var base = 0.0
            for (seriesIndex, series) in bars.enumerated() {
                guard let value = series.value(at: index), value > 0 else { continue }
                let x =
                    centerX(index) - groupWidth / 2 + (layout == .stacked ? 0 : barWidth * Double(seriesIndex))
                let from = layout == .stacked ? base : 0
                let yTop = y(from + value, axis)
                let height = y(from, axis) - yTop
                out += """
                    <rect x="\(x.svg)" y="\(yTop.svg)" width="\(max(barWidth - 1, 1).svg)" height="\(height.svg)" \
                    fill="\(series.color)"><title>\(Escape.html(categories[index])) · \(Escape.html(series.name)): \
                    \(Format.fixed(value, digits: valueDigits))</title></rect>\n
                    """
                if layout == .stacked { base += value }
            }
        }
        return out
    }

    private func drawLines(_ axis: Axis) -> String {
        var out = ""
        for series in lines {
            var run: [String] = []
            func flush() {
                if run.count > 1 {
                    out += """
                        <polyline points="\(run.joined(separator: " "))" fill="none" stroke="\(series.color)" \
                        stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>\n
                        """
                }
                run = []
            }
            for index in categories.indices {
                guard let value = series.value(at: index) else {
                    flush()
                    continue
                }
                run.append("\(centerX(index).svg),\(y(value, axis).svg)")
            }
            flush()
            for index in categories.indices {
                guard let value = series.value(at: index) else { continue }
                out += """
                    <circle cx="\(centerX(index).svg)" cy="\(y(value, axis).svg)" r="3.5" fill="#ffffff" \
                    stroke="\(series.color)" stroke-width="2"><title>\(Escape.html(categories[index])) · \
                    \(Escape.html(series.name)): \(Format.fixed(value, digits: valueDigits))</title></circle>\n
                    """
            }
        }
        return out
    }

    private func drawReferences(_ axis: Axis) -> String {
        references.filter(\.value.isFinite).map { reference in
            let ry = y(reference.value, axis)
            return """
                <line x1="\(Self.left.svg)" y1="\(ry.svg)" x2="\((Self.left + plotWidth).svg)" y2="\(ry.svg)" \
                stroke="\(reference.color)" stroke-width="2" stroke-dasharray="6 4"/>
                <text x="\((Self.left + 4).svg)" y="\((ry - 4).svg)" fill="\(reference.color)" font-size="11" \
                font-weight="600" stroke="#ffffff" stroke-width="3" paint-order="stroke">\
                \(Escape.html(reference.label))</text>\n
                """
        }.joined()
    }

    private func drawXLabels() -> String {
        let every = max(1, Int((Double(categories.count) / Double(Self.maxXLabels)).rounded(.up)))
        return categories.indices.filter { (categories.count - 1 - $0) % every == 0 }.map { index in
            """
            <text x="\(centerX(index).svg)" y="\((Self.height - 10).svg)" text-anchor="middle" fill="#57606a">\
            \(Escape.html(categories[index]))</text>\n
            """
        }.joined()
    }

    // MARK: - Sparkline

    /// A small line of `values` (gaps for nil) with a dashed line at `reference`, the last value
    /// marked in `color`; a short dash when fewer than two values exist. With `scale`, every
    /// sparkline drawn with the same scale is comparable (a team page); without, the values and the
    /// reference set it.
    static func sparkline(
        values: [Double?], reference: Double?, color: String, label: String, scale: ClosedRange<Double>? = nil
    ) -> String {
        let width = 100.0
        let height = 26.0
        let pad = 3.0
        let values = values.map { $0.flatMap { $0.isFinite ? $0 : nil } }
        let reference = reference.flatMap { $0.isFinite ? $0 : nil }
        let present = values.compactMap { $0 }
        let open = """
            <svg class="spark" viewBox="0 0 \(width.svg) \(height.svg)" width="100" height="26" role="img" \
            aria-label="\(Escape.html(label))"><title>\(Escape.html(label))</title>
            """
        guard present.count > 1 else {
            return open + "<line x1=\"40\" y1=\"13\" x2=\"60\" y2=\"13\" stroke=\"#8c959f\" stroke-width=\"2\"/></svg>"
        }
        let low = scale?.lowerBound ?? min(present.min() ?? 0, reference ?? .infinity)
        let high = scale?.upperBound ?? max(present.max() ?? 0, reference ?? -.infinity)
        let span = max(high - low, 0.1)
        let step = (width - 2 * pad) / Double(max(values.count - 1, 1))
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            let clamped = min(max(value, low), low + span)
            return (pad + step * Double(index), pad + (height - 2 * pad) * (1 - (clamped - low) / span))
        }
        var out = open
        if let reference {
            let ry = point(0, reference).1
            out += """
                <line x1="0" y1="\(ry.svg)" x2="\(width.svg)" y2="\(ry.svg)" stroke="#8c959f" stroke-width="1" \
                stroke-dasharray="3 2"/>
                """
        }
        var segments: [[String]] = [[]]
        for (index, value) in values.enumerated() {
            guard let value else {
                segments.append([])
                continue
            }
            let (px, py) = point(index, value)
            segments[segments.count - 1].append("\(px.svg),\(py.svg)")
        }
        for segment in segments where segment.count > 1 {
            out += """
                <polyline points="\(segment.joined(separator: " "))" fill="none" stroke="#57606a" stroke-width="1.5" \
                stroke-linejoin="round"/>
                """
        }
        if let lastIndex = values.lastIndex(where: { $0 != nil }), let last = values[lastIndex] {
            let (px, py) = point(lastIndex, last)
            out += "<circle cx=\"\(px.svg)\" cy=\"\(py.svg)\" r=\"3\" fill=\"\(color)\"/>"
        }
        return out + "</svg>"
    }
}

extension Double {
    /// A coordinate with one decimal, enough for crisp drawing and stable bytes.
    fileprivate var svg: String { Format.trimmed(self, digits: 1) }
}
