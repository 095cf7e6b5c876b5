import ArgumentParser
import Foundation
import Publishing
import Rendering
import Rules
import Scheduling
import Storage

/// Where commands write: results to standard output, problems to standard error.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func report(_ diagnostics: [Diagnostic], _ language: Language) {
        for d in diagnostics { error(d.rendered(language)) }
    }

    static func report(_ problems: [Problem], _ language: Language) {
        for p in problems { error(p.rendered(language)) }
    }
}

/// A command that failed for a reason already explained to the user: exit status 1,
/// no stack trace, no second message.
struct Failure: Error {}

extension ParsableCommand {
    /// Runs `body`, turning any unexpected error into one plain line and exit status 1.
    func guarded(_ language: Language, _ body: () throws -> Void) throws { try Guard.run(language, body) }
}

/// Errors become one plain line in the user's language and exit status 1.
enum Guard {
    static func run(_ language: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch is Failure {
            throw ExitCode.failure
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch let unmet as ProjectBuild.Unmet {
            Console.report(unmet.problems, language)
            Console.error(Messages.notSaved(language))
            throw ExitCode.failure
        } catch let error as OutputError {
            Console.error(Messages.cannotWrite(error.path, error.reason, language))
            throw ExitCode.failure
        } catch let error as TemplateError {
            Console.error(error.message(language))
            throw ExitCode.failure
        } catch let error as MinutesProblem {
            Console.error(error.message(language))
            throw ExitCode.failure
        } catch let newer as NewerDatabase {
            Console.error(Messages.newerDatabase(newer, language))
            throw ExitCode.failure
        } catch where StorageFailure.from(error) != nil {
            let (failure, detail) = StorageFailure.from(error)!
            Console.error(Messages.database(failure, detail: detail, language))
            throw ExitCode.failure
        } catch {
            Console.error(Messages.unexpected(error, language))
            throw ExitCode.failure
        }
    }
}
