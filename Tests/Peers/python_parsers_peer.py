#!/usr/bin/env python3
"""Readings of Vuosikello's feeds by two more independent Python parsers, for the tests.

Usage: python_parsers_peer.py ics|icalevents FILE...
Prints, as JSON, for each file: the number of VEVENTs in its text, the number of events
the parser returned, and the parser's error if it failed.

ics-py (`ics`) parses each line with a grammar and recurses per line, so it gets a deep
stack (a thread with 512 MB) and a high recursion limit; it is also quadratic in the file
(a 446 kB personal feed takes six minutes) and slows down with every file it has read,
so the tests give it the public network feeds, one process each.
icalevents expands events between 1990 and 2100, which covers every feed.
"""
import json
import sys
import threading
from datetime import date


def read_ics(text):
    import ics
    return len(ics.Calendar(text).events)


def read_icalevents(text):
    from icalevents import icalparser
    # None of our events recurs, so each VEVENT is one event.
    return len(icalparser.parse_events(text, start=date(1990, 1, 1), end=date(2100, 1, 1)))


def main():
    parser = {"ics": read_ics, "icalevents": read_icalevents}[sys.argv[1]]
    result = {}
    for path in sys.argv[2:]:
        # newline="": the file's CRLF line ends as they are.
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        entry = {"vevents": text.count("BEGIN:VEVENT")}
        try:
            entry["events"] = parser(text)
        except Exception as error:  # the parser's own reason, for the test's message
            entry["error"] = f"{type(error).__name__}: {error}"[:300]
        result[path] = entry
    print(json.dumps(result))


if __name__ == "__main__":
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(512 * 1024 * 1024)
    thread = threading.Thread(target=main)
    thread.start()
    thread.join()
