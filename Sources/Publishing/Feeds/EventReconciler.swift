import Foundation
import Rendering
import Rules
import Scheduling
import Storage

/// Compares this build's events with what the feeds last said, by UID, and decides
/// each event's SEQUENCE and DTSTAMP: SEQUENCE rises exactly when time, place, mode,
/// title or status changes; DTSTAMP and LAST-MODIFIED are the time of the last change
/// of anything shown. An event gone from the plan stays in the feeds, cancelled.
///
/// A meeting's deadlines (invitation, agenda, minutes) follow their meeting: they share
/// one version kept with the meeting's state, which rises when any of them changes,
/// and they leave their owner's feed when the meeting is cancelled or removed.
struct EventReconciler {
    struct Outcome {
        /// This build's events followed by the cancelled ones that are gone from the plan.
        var events: [FeedEvent]
        var stamps: [EventStamp]
        /// Each event's part of a feed's fingerprint: its content and its stamp.
        var prints: [Signature]
        /// States to store: new, changed and newly removed events.
        var changed: [PublishedEventRecord]
        var removed: Int
    }

    let now: Int
    let words: FeedText
    /// How many meetings, tasks and action items are decided at once, on every core (a
    /// national plan's decisions all at once were 8 MB more at the peak). Any size gives
    /// the same outcome; a test makes it small so that a small plan crosses blocks.
    var block = 16_384

    func reconcile(_ current: [FeedEvent], state: [String: PublishedEventRecord]) -> Outcome {
        var events = current
        var hashes = Self.hashes(current, words: words)
        var stamps = [EventStamp](repeating: EventStamp(sequence: 0, created: now, modified: now), count: current.count)
        var changed: [PublishedEventRecord] = []

        // The deadlines of each meeting, as one hash: each meeting key with deadlines gets a
        // slot, found once per event (a national plan has some 200 000 deadlines; dictionaries
        // of hashes and stamps by key hashed each key four times).
        var slots: [String: Int] = [:]
        slots.reserveCapacity(current.count / 2)
        var deadlines: [Signature] = []
        var slotOf = [Int](repeating: -1, count: current.count)
        for i in current.indices {
            guard let meeting = current[i].parentMeetingKey else { continue }
            let slot = slots[meeting, default: deadlines.count]
            if slot == deadlines.count {
                slots[meeting] = slot
                deadlines.append(Signature())
            }
            deadlines[slot].add(current[i].uid)
            deadlines[slot].add(Int(bitPattern: UInt(hashes[i].significant.value)))
            deadlines[slot].add(Int(bitPattern: UInt(hashes[i].minor.value)))
            slotOf[i] = slot
        }

        // Each meeting, task and action item decided on every core, a block at a time;
        // then joined in order, the states to store made as before (few when little changed).
        var taskStamps = [EventStamp?](repeating: nil, count: deadlines.count)
        var found = 0
        let topLevel = current.indices.filter { current[$0].parentMeetingKey == nil }
        for first in stride(from: 0, to: topLevel.count, by: block) {
            // The closure's own copies of `hashes`, `deadlines` and `slots` end with each block.
            let decisions = parallelArray(min(block, topLevel.count - first), chunk: min(block, 2048)) {
                [hashes, deadlines, slots] n in
                current.withElement(at: topLevel[first + n]) { event in
                    decide(hashes: hashes[topLevel[first + n]], old: state[event.pointee.uid],
                           slot: deadlines.isEmpty ? nil : slots[event.pointee.key], deadlines: deadlines)
                }
            }
            for (n, decision) in decisions.enumerated() {
                let i = topLevel[first + n]
                stamps[i] = decision.stamp
                if decision.found { found += 1 }
                if let slot = decision.slot, decision.taskPrint != 0 { taskStamps[slot] = decision.taskStamp }
                if decision.changed {
                    changed.append(record(current[i], stamp: decision.stamp, significant: hashes[i].significant.stored,
                                          minor: hashes[i].minor.stored, taskPrint: decision.taskPrint,
                                          taskStamp: decision.taskStamp))
                }
            }
        }
        for i in current.indices where slotOf[i] >= 0 {
            if let stamp = taskStamps[slotOf[i]] { stamps[i] = stamp }
        }

        // Events the feeds had and the plan has not; when every stored event was found
        // (UIDs are unique), there are none to look for.
        var gone: [PublishedEventRecord] = []
        if found < state.count {
            let seen = Set(current.lazy.filter { $0.parentMeetingKey == nil }.map(\.uid))
            gone = state.values.filter { !seen.contains($0.uid) }.sorted { $0.uid < $1.uid }
        }
        var removed = 0
        for old in gone {
            let event = FeedEvent(uid: old.uid, removed: Self.removedEvent(old))
            let eventHashes = (significant: words.significant(event), minor: words.minor(event))
            var stamp = EventStamp(sequence: old.sequence, created: old.created, modified: old.modified)
            if old.status != "removed" {
                stamp = EventStamp(sequence: old.sequence + 1, created: old.created, modified: now)
                var gone = record(event, stamp: stamp, significant: eventHashes.significant.stored,
                                  minor: eventHashes.minor.stored, taskPrint: 0, taskStamp: stamp)
                gone.status = "removed"
                // The row keeps the wording the feeds had; the "cancelled" prefix is added when written.
                gone.summary = old.summary
                gone.location = old.location
                changed.append(gone)
                removed += 1
            }
            events.append(event)
            hashes.append(eventHashes)
            stamps.append(stamp)
        }

        let all = events, allHashes = hashes, allStamps = stamps
        let prints = parallelChunks(all.count, chunk: 8192) { range in
            range.map { i -> Signature in
                var s = Signature()
                s.add(all[i].uid)
                s.add(Int(bitPattern: UInt(allHashes[i].significant.value)))
                s.add(Int(bitPattern: UInt(allHashes[i].minor.value)))
                s.add(allStamps[i].sequence)
                s.add(allStamps[i].created)
                s.add(allStamps[i].modified)
                return s
            }
        }
        return Outcome(events: events, stamps: stamps, prints: prints, changed: changed, removed: removed)
    }

    /// What one meeting, task or action item gets: its stamp, its deadlines' print and
    /// stamp (`slot`: when it has deadlines), and whether its state must be stored.
    private struct Decision: Sendable {
        var stamp: EventStamp
        var taskStamp: EventStamp
        var taskPrint: Int64
        var slot: Int?
        var changed: Bool
        var found: Bool
    }

    private func decide(hashes: (significant: Signature, minor: Signature), old: PublishedEventRecord?, slot: Int?,
                        deadlines: [Signature]) -> Decision {
        let significant = hashes.significant.stored, minor = hashes.minor.stored
        let taskPrint = slot.map { deadlines[$0].stored } ?? 0
        var stamp = EventStamp(sequence: 0, created: now, modified: now)
        if let old {
            if old.status == "removed" || old.significant != significant {
                stamp = EventStamp(sequence: old.sequence + 1, created: old.created, modified: now)
            } else if old.minor != minor {
                stamp = EventStamp(sequence: old.sequence, created: old.created, modified: now)
            } else {
                stamp = EventStamp(sequence: old.sequence, created: old.created, modified: old.modified)
            }
        }
        var taskStamp = EventStamp(sequence: 0, created: stamp.created, modified: now)
        if let old, old.taskPrint == taskPrint {
            taskStamp = EventStamp(sequence: old.taskSequence, created: stamp.created, modified: old.taskModified)
        } else if let old, old.taskPrint != 0 {
            taskStamp = EventStamp(sequence: old.taskSequence + 1, created: stamp.created, modified: now)
        }
        let unchanged = old.map {
            $0.status != "removed" && $0.significant == significant && $0.minor == minor && $0.taskPrint == taskPrint
        } ?? false
        return Decision(stamp: stamp, taskStamp: taskStamp, taskPrint: taskPrint, slot: slot, changed: !unchanged,
                        found: old != nil)
    }

    /// Every event's hashes, computed on every core: each composes the event's texts.
    private static func hashes(_ events: [FeedEvent], words: FeedText) -> [(significant: Signature, minor: Signature)] {
        parallelArray(events.count, chunk: 2048) { i in
            events.withElement(at: i) { (significant: words.significant(at: $0), minor: words.minor(at: $0)) }
        }
    }

    private static func removedEvent(_ old: PublishedEventRecord) -> RemovedEvent {
        RemovedEvent(key: old.key, kind: FeedEvent.Kind(rawValue: old.kind) ?? .meeting, networkID: old.network,
                            people: old.people.split(separator: " ").map(String.init), shared: old.shared,
                            day: Day(ordinal: old.day), lastDay: Day(ordinal: old.lastDay),
                            start: old.start.flatMap(TimeOfDay.init(minutes:)),
                            end: old.end.flatMap(TimeOfDay.init(minutes:)), summary: old.summary, location: old.location)
    }

    private func record(_ e: FeedEvent, stamp: EventStamp, significant: Int64, minor: Int64, taskPrint: Int64,
                        taskStamp: EventStamp) -> PublishedEventRecord {
        PublishedEventRecord(uid: e.uid, key: e.key, kind: e.kind.rawValue, network: e.networkID,
                             people: words.people(e).joined(separator: " "), shared: e.shared, day: e.day.ordinal,
                             lastDay: e.lastDay.ordinal, start: e.start?.minutes, end: e.end?.minutes,
                             summary: words.summary(e), location: words.location(e, for: .members),
                             status: e.cancelled ? "cancelled" : "confirmed", significant: significant, minor: minor,
                             sequence: stamp.sequence, created: stamp.created, modified: stamp.modified,
                             taskPrint: taskPrint, taskSequence: taskPrint == 0 ? 0 : taskStamp.sequence,
                             taskModified: taskPrint == 0 ? 0 : taskStamp.modified)
    }
}
