#!/usr/bin/env python3
"""An independent reading of Vuosikello's feeds, for the tests: Python's icalendar and
recurring-ical-events parse every .ics file under a folder and print, as JSON, each
file's calendar name and every event with its UID, start and end (ISO 8601 with the
UTC offset, or a date), summary, description, location, status, sequence and whether
it has attendees. The Swift tests compare this with what they expect."""
import datetime
import json
import re
import pathlib
import sys

import icalendar
import recurring_ical_events


def text(value):
    """RFC 5545 TEXT unescaping (section 3.3.11), for properties icalendar returns raw:
    RFC 7986's NAME and the de facto X-WR-CALNAME."""
    raw = value.to_ical().decode() if hasattr(value, "to_ical") else str(value)
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def when(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return "FLOATING " + value.isoformat()
        return value.isoformat()
    return value.isoformat()


def main(folder):
    result = {}
    for path in sorted(pathlib.Path(folder).rglob("*.ics")):
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        events = []
        for event in calendar.walk("VEVENT"):
            events.append({
                "uid": str(event["UID"]),
                "start": when(event.decoded("DTSTART")),
                "end": when(event.decoded("DTEND")),
                "summary": str(event.get("SUMMARY", "")),
                "description": str(event.get("DESCRIPTION", "")),
                "location": str(event.get("LOCATION", "")),
                "status": str(event.get("STATUS", "")),
                "sequence": int(event.get("SEQUENCE", 0)),
                "attendees": len(event.get("ATTENDEE", [])) if isinstance(event.get("ATTENDEE"), list)
                else (1 if event.get("ATTENDEE") else 0),
                "organizer": "ORGANIZER" in event,
                "transparent": str(event.get("TRANSP", "")) == "TRANSPARENT",
            })
        # The recurrence expander must accept the calendar as well (VTIMEZONE and all).
        expanded = len(list(recurring_ical_events.of(calendar).between((1970, 1, 1), (2100, 1, 1))))
        result[str(path.relative_to(folder))] = {
            "name": text(calendar.get("NAME", "")),
            "calname": text(calendar.get("X-WR-CALNAME", "")),
            "color": str(calendar.get("COLOR", "")),
            "events": events,
            "expanded": expanded,
        }
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
