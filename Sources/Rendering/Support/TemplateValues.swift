import Mustache

/// Template contexts in types that answer Mustache's questions at once.
///
/// For every `{{name}}` Mustache asks each object on its stack, by dynamic cast, whether it
/// has a custom representation and whether it is a parent, then asks the value found
/// whether it is a template, renders itself, is a lambda or an optional, and last prints
/// it with `String(describing:)`: some ten casts, each a look-up in the runtime's
/// conformance cache that both cores contend for. A string wrapped as `TemplateText`
/// answers at the second question and a dictionary wrapped as `TemplateObject` at the
/// first that matters; what templates can do with them (sections, inverted sections,
/// transforms, `{{.}}`) stays as it is for plain strings and dictionaries.
enum TemplateValues {
    static func prepared(_ value: Any) -> Any {
        switch value {
        case let text as String: return TemplateText(renderText: text)
        case let object as [String: Any]: return TemplateObject(object.mapValues(prepared))
        case let list as [String]: return list  // kept, so that `sorted(list)` still compares strings
        case let list as [Any]: return list.map(prepared)
        default: return value
        }
    }
}

/// A string in a template context (see `TemplateValues`).
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent {
    let renderText: String
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? { renderText.transform(name) }

    /// A string has no fields: a name inside its section is looked up further down the stack.
    func child(named: String) -> Any? { nil }
}

/// An object in a template context (see `TemplateValues`).
struct TemplateObject: MustacheParent, MustacheTransformable {
    let fields: [String: Any]

    init(_ fields: [String: Any]) { self.fields = fields }

    func child(named name: String) -> Any? { fields[name] }

    func transform(_ name: String) -> Any? { fields.transform(name) }
}
