/// Calendar colours: RFC 7986's COLOR property takes a CSS3 colour name; Apple's
/// X-APPLE-CALENDAR-COLOR and the annual wheel take its hex value.
public enum CSSColor {
    /// The names that read well on white, with their hex values.
    public static let named: [String: String] = [
        "teal": "#008080", "royalblue": "#4169E1", "seagreen": "#2E8B57", "darkorange": "#FF8C00",
        "mediumvioletred": "#C71585", "steelblue": "#4682B4", "olivedrab": "#6B8E23", "indianred": "#CD5C5C",
        "slateblue": "#6A5ACD", "darkcyan": "#008B8B", "chocolate": "#D2691E", "darkgoldenrod": "#B8860B",
        "crimson": "#DC143C", "darkslategray": "#2F4F4F", "mediumseagreen": "#3CB371",
        "darkmagenta": "#8B008B", "cadetblue": "#5F9EA0", "sienna": "#A0522D", "tomato": "#FF6347",
        "navy": "#000080", "forestgreen": "#228B22", "purple": "#800080", "firebrick": "#B22222",
        "dodgerblue": "#1E90FF", "darkolivegreen": "#556B2F", "orchid": "#DA70D6", "peru": "#CD853F",
        "darkslateblue": "#483D8B", "goldenrod": "#DAA520", "maroon": "#800000", "green": "#008000",
        "blue": "#0000FF", "red": "#FF0000", "orange": "#FFA500", "gray": "#808080", "black": "#000000",
    ]

    /// The palette networks get in turn when they name no colour: neighbours differ in
    /// hue, so that up to 20 rings of the annual wheel can be told apart.
    public static let palette = ["teal", "darkorange", "royalblue", "crimson", "olivedrab", "mediumvioletred",
                                 "sienna", "slateblue", "seagreen", "darkgoldenrod", "steelblue", "indianred",
                                 "darkmagenta", "navy", "forestgreen", "chocolate", "cadetblue", "darkslategray",
                                 "mediumseagreen", "purple"]

    public static func hex(_ name: String) -> String { named[name] ?? "#008080" }
}
