#!/usr/bin/env ruby
# A reading of Vuosikello's feeds by Debian's ruby-icalendar, for the tests: prints, as
# JSON, for each .ics file under a folder the number of events it found and, for the
# first event, its start as a UTC time (which needs the VTIMEZONE), or the error.
require "icalendar"
require "json"
require "stringio"

result = {}
Dir.glob(File.join(ARGV[0], "**", "*.ics")).sort.each do |path|
  text = File.read(path, encoding: "UTF-8")
  entry = { "vevents" => text.scan("BEGIN:VEVENT").size }
  begin
    calendars = Icalendar::Calendar.parse(text)
    events = calendars.flat_map(&:events)
    entry["events"] = events.size
    timed = events.find { |e| e.dtstart.respond_to?(:utc) && e.dtstart.respond_to?(:hour) }
    entry["first_utc"] = timed.dtstart.utc.strftime("%Y-%m-%dT%H:%M:%SZ") if timed
  rescue StandardError => e
    entry["error"] = "#{e.class}: #{e.message}"[0, 300]
  end
  result[path.delete_prefix(ARGV[0]).delete_prefix("/")] = entry
end
puts JSON.generate(result)
