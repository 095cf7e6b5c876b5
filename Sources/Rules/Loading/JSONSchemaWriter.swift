import Foundation

extension RuleSchema {
    /// The JSON Schemas (draft 2020-12) of the four kinds of rule file, generated from the
    /// shapes the loader uses: `calendar.schema.json`, `people.schema.json`,
    /// `places.schema.json`, `network.schema.json`. Same bytes every time.
    public static var files: [(name: String, text: String)] {
        [("calendar.schema.json", calendar, "Vuosikello: calendar.yaml"),
         ("people.schema.json", people, "Vuosikello: people.yaml"),
         ("places.schema.json", places, "Vuosikello: places.yaml"),
         ("network.schema.json", network, "Vuosikello: networks/*.yaml")].map { name, shape, title in
            var object = JSONSchemaWriter.schema(shape)
            object["$schema"] = "https://json-schema.org/draft/2020-12/schema"
            object["$id"] = "https://vuosikello.example/schema/\(name)"
            object["title"] = title
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys,
                                                                                    .withoutEscapingSlashes])
            return (name, String(decoding: data, as: UTF8.self) + "\n")
        }
    }
}

/// Turns a `RuleShape` into a JSON Schema object.
enum JSONSchemaWriter {
    static func schema(_ shape: RuleShape) -> [String: Any] {
        switch shape {
        case .text:
            return ["type": ["string", "number", "boolean"]]
        case .localized:
            return ["anyOf": [
                ["type": ["string", "number"]],
                ["type": "object", "properties": ["fi": ["type": ["string", "number"]], "sv": ["type": ["string", "number"]],
                                                  "en": ["type": ["string", "number"]]],
                 "required": ["fi"], "additionalProperties": false],
            ]]
        case let .integer(min, max):
            return ["type": "integer", "minimum": min, "maximum": max]
        case .boolean:
            return ["type": "boolean"]
        case .word(let words):
            // The loader ignores case: the schema accepts the words as written and capitalised.
            var seen = Set<String>()
            let variants = words.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] }.filter { seen.insert($0).inserted }
            return ["type": "string", "enum": variants]
        case .phrase(let examples):
            return ["type": "string", "examples": examples]
        case let .list(item, single):
            let list: [String: Any] = ["type": "array", "items": schema(item)]
            return single ? ["anyOf": [schema(item), list]] : list
        case .mapping(let fields):
            var properties: [String: Any] = [:]
            for field in fields {
                var property = schema(field.shape)
                let (description, example) = field.described
                if !description.isEmpty { property["description"] = description }
                // The example as written in YAML, for hover and the manual's table of keys.
                if !example.isEmpty { property["markdownDescription"] = description + "\n\n`\(field.key): \(example)`" }
                properties[field.key] = property
            }
            var object: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
            let required = fields.filter(\.required).map(\.key)
            if !required.isEmpty { object["required"] = required }
            return object
        case .keyed(let value):
            return ["type": "object", "propertyNames": ["pattern": "^[a-z0-9][a-z0-9-]*$"], "additionalProperties": schema(value)]
        case .either(let shapes):
            return ["anyOf": shapes.map(schema)]
        }
    }
}
