#!/usr/bin/env python3
"""An independent reading of Vuosikello's Word documents, for the tests: python-docx
opens each .docx given on the command line (as Word-compatible software must) and prints,
as JSON, its title and language and every paragraph's style name and text. With
--fill FILE OUT PAIRS..., it instead edits paragraphs the way a secretary would in Word
(replacing the first paragraph that starts with each given prefix) and saves OUT."""
import json
import sys

import docx


def read(path):
    document = docx.Document(path)
    return {
        "title": document.core_properties.title,
        "language": document.core_properties.language,
        "paragraphs": [{"style": p.style.name, "text": p.text} for p in document.paragraphs],
    }


def fill(path, out, pairs):
    document = docx.Document(path)
    for prefix, replacement in zip(pairs[0::2], pairs[1::2]):
        paragraph = next(p for p in document.paragraphs if p.text.startswith(prefix))
        paragraph.text = replacement
    document.save(out)


if __name__ == "__main__":
    if sys.argv[1] == "--fill":
        fill(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        json.dump({path: read(path) for path in sys.argv[1:]}, sys.stdout, ensure_ascii=False)
