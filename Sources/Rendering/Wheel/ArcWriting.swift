/// The words the wheel writes along its circle, ring by ring: on a network's own wheel
/// the whole ring inside the markers is tracks of words; on the region's wheel a ring
/// with meeting windows has one track under its markers.
struct ArcWriting {
    let geometry: Geometry
    private var lanes: [Int: WheelLanes] = [:]
    private(set) var texts: [WheelDrawing.ArcText] = []

    /// Words on a network's own wheel: 16 units, tracks 26 apart.
    static let singleFont = 16.0, singleStep = 26.0
    /// The widest a meeting's item may spread around its day, in degrees.
    static let widest = 50.0

    init(geometry: Geometry) {
        self.geometry = geometry
    }

    private func makeLanes(_ ring: Int) -> WheelLanes {
        if geometry.single {
            let radii = Array(stride(from: WheelLayout.ringsOuter - 56, through: WheelLayout.hole + 18, by: -Self.singleStep))
            return WheelLanes(radii: radii, font: Self.singleFont)
        }
        return WheelLanes(radii: [geometry.inner(of: ring) + geometry.ringWidth * 0.27],
                          font: min(11, geometry.ringWidth * 0.42))
    }

    /// Words over a fixed span (a window, a task); false when no track had room.
    @discardableResult
    mutating func write(_ text: String, from: Double, to: Double, ring: Int, band: String? = nil) -> Bool {
        var ringLanes = lanes[ring] ?? makeLanes(ring)
        defer { lanes[ring] = ringLanes }
        let placed = ringLanes.place(text, from: from, to: to, lines: geometry.single ? 3 : 1,
                                     reversed: Geometry.isLower(from, to))
        for line in placed { add(line, whole: text, font: ringLanes.font, band: band) }
        return !placed.isEmpty
    }

    /// Words centred on a meeting's day.
    mutating func write(_ text: String, around angle: Double, ring: Int) {
        var ringLanes = lanes[ring] ?? makeLanes(ring)
        defer { lanes[ring] = ringLanes }
        let placed = ringLanes.place(text, around: angle, widest: Self.widest, reversed: Geometry.isLower(angle, angle))
        for line in placed { add(line, whole: text, font: ringLanes.font, band: nil) }
    }

    private mutating func add(_ placed: WheelLanes.Placed, whole: String, font: Double, band: String?) {
        // The baseline sits off the track's middle so that the letters are centred on it;
        // on the lower half the letters stand towards the centre.
        let lower = Geometry.isLower(placed.from, placed.to)
        let baseline = placed.radius + (lower ? 0.35 : -0.35) * font
        var text = WheelDrawing.ArcText(id: "wheel-words-\(texts.count + 1)",
                                        path: geometry.textArc(from: placed.from, to: placed.to, radius: baseline),
                                        text: placed.text, size: font, title: whole)
        text.radius = placed.radius
        (text.from, text.to) = (placed.from, placed.to)
        if let band {
            text.band = geometry.arc(from: placed.from, to: placed.to, radius: placed.radius)
            text.bandColor = band
            text.bandWidth = font * 1.4
        }
        texts.append(text)
    }
}
