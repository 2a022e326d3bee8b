import Foundation
import PlanBoardCore

if let status = Subcommand.run(
    arguments: Array(CommandLine.arguments.dropFirst()), today: Subcommand.localToday(),
    output: { FileHandle.standardOutput.write(Data($0.utf8)) },
    errors: { FileHandle.standardError.write(Data($0.utf8)) }
) {
    exit(status)
}
print("planboard")
