/// The annual wheel as shapes, already placed: what the SVG template draws. Kept apart
/// from the geometry so that tests can check where things are without parsing SVG.
public struct WheelDrawing: Sendable, Encodable {
    public struct Text: Sendable, Hashable, Encodable {
        public var x: Double, y: Double
        public var text: String
        /// Degrees clockwise about (x, y): month names run along the circle.
        public var rotation: Double = 0
    }

    public struct Band: Sendable, Hashable, Encodable {
        /// SVG path of an annular sector or ring.
        public var path: String
        public var fill: String
    }

    public struct Line: Sendable, Hashable, Encodable {
        public var x1: Double, y1: Double, x2: Double, y2: Double
    }

    public struct Marker: Sendable, Hashable, Encodable {
        public enum Kind: String, Sendable, Encodable { case live, remote, hybrid, cancelled }
        public var kind: Kind
        public var x: Double, y: Double, radius: Double
        public var color: String
        /// Shown on hover and read by screen readers: date, network, mode.
        public var title: String
        /// The number of its entry in the item list, if it has items.
        public var label: String?
        /// Angle in degrees clockwise from 12 o'clock, for tests.
        public var angle: Double
        public var ring: Int
        /// The meeting's key, for a wheel whose markers link to their meetings.
        public var key: String = ""
    }

    public struct TaskArc: Sendable, Hashable, Encodable {
        public var path: String
        public var width: Double
        public var color: String
        public var title: String
        public var label: String
        public var labelX: Double, labelY: Double
    }

    public struct Entry: Sendable, Hashable, Encodable {
        public var label: String
        /// One line, or up to three on a single network's wheel, where there is room.
        public var lines: [String]
        public var color: String
        /// The whole text, uncut, for a list beside the drawing (a phone's screen).
        public var text: String = ""
    }

    public struct RingKey: Sendable, Hashable, Encodable {
        public var number: Int
        public var title: String
        /// The title broken to fit the side panel.
        public var lines: [String] = []
        public var color: String
    }

    /// A meeting window drawn as a tinted sector of its ring.
    public struct Window: Sendable, Hashable, Encodable {
        public var path: String
        public var color: String
        /// The window's dates and items, shown on hover.
        public var title: String
    }

    /// Words written along the circle: a window's or a meeting's items, a task's title.
    public struct ArcText: Sendable, Hashable, Encodable {
        /// The path's id, unique in the drawing, for `<textPath>`.
        public var id: String
        /// Runs clockwise on the upper half and anticlockwise on the lower, so that the
        /// words always read left to right and upright.
        public var path: String
        public var text: String
        public var size: Double
        /// The whole text, when the words had to be cut.
        public var title: String
        /// A coloured band under the words (a task's span), if any.
        public var band: String?
        public var bandColor: String = ""
        public var bandWidth: Double = 0
        /// The track's radius and the span in degrees, for tests.
        public var radius: Double = 0
        public var from: Double = 0, to: Double = 0
    }

    public var width: Double
    public var height: Double
    public var title: String
    /// The title in one or two lines for the side panel.
    public var titleLines: [String]
    public var subtitle: String
    public var year: String
    public var region: String
    public var monthBands: [Band]
    public var monthLabels: [Text]
    public var monthLines: [Line]
    public var ringLines: [Double]
    public var ringNumbers: [Text]
    public var markers: [Marker]
    public var tasks: [TaskArc]
    public var windows: [Window] = []
    public var arcTexts: [ArcText] = []
    /// Today's line, when today falls in the year.
    public var today: Line?
    public var todayText: String?
    public var rings: [RingKey]
    public var entries: [Entry]
    public var center: Point
    public var ringFont: Double
    public var labelFont: Double

    /// A point of the drawing (a struct rather than a tuple, so that the whole drawing
    /// encodes: a wheel's print, `WheelPublisher`, is taken from every field).
    public struct Point: Sendable, Hashable, Encodable {
        public var x: Double, y: Double
    }
}
