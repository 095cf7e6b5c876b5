import Foundation

/// Concentric tracks inside a ring where words are written along the circle, as
/// Plandisc and the action plan's own wheels have them: a window's items along its arc,
/// a meeting's items around its day. Each label takes the first track, from the outside
/// in, where its span is still free, so labels never overlap; a text longer than its
/// span is cut with "…" (the whole text stays in the list and in the tooltip).
struct WheelLanes {
    /// Radii of the tracks' middles, outside in.
    let radii: [Double]
    /// Font size in drawing units.
    let font: Double
    private var taken: [[(from: Double, to: Double)]]

    init(radii: [Double], font: Double) {
        self.radii = radii
        self.font = font
        taken = radii.map { _ in [] }
    }

    struct Placed: Equatable {
        var lane: Int
        var radius: Double
        var from: Double, to: Double
        /// The text as it fits, perhaps cut.
        var text: String
    }

    /// About how wide a DejaVu Sans / Verdana character is, in font sizes.
    static let characterWidth = 0.6
    /// Degrees kept free at each end of a label.
    static let gap = 1.5

    /// How many characters fit along `degrees` of the circle at `radius`.
    func characters(_ degrees: Double, at radius: Double) -> Int {
        Int(((degrees - 2 * Self.gap) * .pi / 180 * radius) / (font * Self.characterWidth))
    }

    /// Degrees the whole text needs at `radius`.
    func degrees(_ text: String, at radius: Double) -> Double {
        Double(text.count) * font * Self.characterWidth / radius * 180 / .pi + 2 * Self.gap
    }

    /// Words over a fixed span (a window, a task), broken over as many tracks as they
    /// need (at most `lines`), the outermost free tracks first. Empty when no track is free.
    mutating func place(_ text: String, from: Double, to: Double, lines: Int = 3, reversed: Bool = false) -> [Placed] {
        let measure = self
        return wrap(text, lines: lines, reversed: reversed) { lane, _ in
            (measure.characters(to - from, at: measure.radii[lane]), from, to)
        }
    }

    /// Words centred on an angle (a meeting's day), each line at most `widest` degrees,
    /// kept inside the year.
    mutating func place(_ text: String, around angle: Double, widest: Double, lines: Int = 3,
                        reversed: Bool = false) -> [Placed] {
        let measure = self
        return wrap(text, lines: lines, reversed: reversed) { lane, chunk in
            let span = min(measure.degrees(chunk, at: measure.radii[lane]), widest)
            let from = min(max(angle - span / 2, 0), 360 - span)
            return (measure.characters(widest, at: measure.radii[lane]), from, from + span)
        }
    }

    /// Breaks the words into lines that fit, from the outermost free track inwards.
    /// `room(lane, chunk)` gives how many characters fit on a track and the span a chunk
    /// takes there. With `reversed` the lines are given to the tracks inside out, for the
    /// lower half, where the letters stand towards the centre.
    private mutating func wrap(_ text: String, lines: Int, reversed: Bool,
                               room: (Int, String) -> (characters: Int, from: Double, to: Double)) -> [Placed] {
        var words = text.split(separator: " ").map(String.init)
        var placed: [(lane: Int, characters: Int, text: String)] = []
        var lane = 0
        while !words.isEmpty, lane < radii.count, placed.count < lines {
            let fits = room(lane, "").characters
            guard fits >= 4 else { break }
            var chunk = Self.cut(words[0], to: fits), used = 1
            while used < words.count, chunk.count + 1 + words[used].count <= fits {
                chunk += " " + words[used]
                used += 1
            }
            let span = room(lane, chunk)
            if isFree(lane, span.from, span.to) {
                placed.append((lane, fits, chunk))
                words.removeFirst(used)
            }
            lane += 1
        }
        guard !placed.isEmpty else { return [] }
        if !words.isEmpty {
            let last = placed[placed.count - 1]
            placed[placed.count - 1].text = Self.cut(([last.text] + words).joined(separator: " "), to: last.characters)
        }
        // A chunk's span on its own track; lines swapped for the lower half keep the wider span.
        let texts = reversed ? placed.map(\.text).reversed() : placed.map(\.text)
        return zip(placed, texts).map { line, text in
            let own = room(line.lane, line.text), other = room(line.lane, text)
            let from = min(own.from, other.from), to = max(own.to, other.to)
            taken[line.lane].append((from, to))
            return Placed(lane: line.lane, radius: radii[line.lane], from: from, to: to, text: text)
        }
    }

    private func isFree(_ lane: Int, _ from: Double, _ to: Double) -> Bool {
        taken[lane].allSatisfy { $0.to <= from || $0.from >= to }
    }

    static func cut(_ text: String, to length: Int) -> String {
        text.count <= length ? text : text.prefix(max(length - 1, 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
