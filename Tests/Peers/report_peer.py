#!/usr/bin/env python3
"""The monitoring report as other tools read it, for the tests: the CSV through Python's
csv module, the Word file through python-docx (paragraphs with their styles, every
table's cells), and the HTML file in headless Chromium with axe-core (WCAG 2.0/2.1 A and
AA) at desktop and phone widths. Prints what each found as JSON.

usage: report_peer.py REPORT.csv REPORT.docx REPORT.html"""
import csv
import json
import pathlib
import sys

import docx

from page_peer import axe, browser


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as source:
        return list(csv.reader(source))


def read_docx(path):
    document = docx.Document(path)
    return {
        "paragraphs": [{"style": p.style.name, "text": p.text} for p in document.paragraphs],
        "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
        "language": document.core_properties.language,
        "title": document.core_properties.title,
    }


def check_html(path):
    found = {}
    for width, height, name in [(1280, 1000, "desktop"), (390, 844, "phone")]:
        driver = browser(width, height)
        try:
            driver.get(pathlib.Path(path).resolve().as_uri())
            found[name] = {
                "axe": axe(driver),
                "title": driver.title,
                "lang": driver.execute_script("return document.documentElement.lang"),
                "charts": driver.execute_script(
                    "return [...document.querySelectorAll('figure.chart svg')].map(s => ({"
                    "label: s.getAttribute('aria-labelledby'), title: s.querySelector('title').textContent,"
                    "desc: s.querySelector('desc').textContent, bars: s.querySelectorAll('rect').length}))"),
                "overflow": driver.execute_script(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth"),
            }
        finally:
            driver.quit()
    return found


def main(csv_path, docx_path, html_path):
    print(json.dumps({"csv": read_csv(csv_path), "docx": read_docx(docx_path), "html": check_html(html_path)}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
