import GRDB

/// Why the project database could not be used, in terms a coordinator can act on; the
/// commands put these in words and keep SQLite's own text after them.
public enum StorageFailure: Sendable, Equatable {
    /// Another program holds it longer than the busy timeout.
    case busy
    /// The disk is full.
    case full
    /// Not a database, or damaged.
    case damaged
    /// Read-only file or folder.
    case readOnly
    /// The file or its folder cannot be opened.
    case cannotOpen
    case other

    /// The failure an error stands for, and SQLite's own words; nil when it is not SQLite's.
    public static func from(_ error: any Error) -> (failure: StorageFailure, detail: String)? {
        guard let error = error as? DatabaseError else { return nil }
        let failure: StorageFailure
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: failure = .busy
        case .SQLITE_FULL: failure = .full
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: failure = .damaged
        case .SQLITE_READONLY, .SQLITE_PERM: failure = .readOnly
        case .SQLITE_CANTOPEN: failure = .cannotOpen
        default: failure = .other
        }
        return (failure, error.message ?? "\(error.resultCode)")
    }
}
