"""Validates rule files against Vuosikello's JSON Schemas with Python's jsonschema (a real
validator, as an editor's YAML language server would): prints {file: [problems]}.

Usage: schema_peer.py SCHEMA_DIR FILE...   (calendar.yaml, people.yaml, places.yaml, networks/*.yaml)
"""
import json
import os
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML as the rules are read: dates stay text (YAML 1.1 would make them date objects)."""


Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def kind(path):
    name = os.path.basename(path)
    if name in ("calendar.yaml", "people.yaml", "places.yaml"):
        return name.replace(".yaml", "")
    return "network"


def main(schema_dir, files):
    validators = {}
    for name in ("calendar", "people", "places", "network"):
        with open(os.path.join(schema_dir, name + ".schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[name] = jsonschema.Draft202012Validator(schema)
    found = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            document = yaml.load(f, Loader=Loader)
        errors = validators[kind(path)].iter_errors(document if document is not None else {})
        found[path] = sorted("/".join(str(p) for p in e.absolute_path) + ": " + e.message[:200] for e in errors)
    json.dump(found, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
