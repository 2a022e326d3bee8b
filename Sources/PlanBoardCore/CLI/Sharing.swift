/// Sync from the board: `planboard sync` for the plan at `path`, its output made one status line.
public enum Sharing {
    /// `processes` records the git it runs, so a signal to the board can stop it.
    public static func sync(planPath path: String, processes: GitProcesses? = nil) -> SyncReport {
        var lines: [String] = []
        do {
            let status = try SyncCommand.run([path], git: SpawnedGit(processes: processes), output: { text in
                lines += text.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.hasPrefix("git:") }
            })
            let text = lines.filter { !$0.isEmpty }.joined(separator: " ").replacingOccurrences(of: "the next sync", with: "the next Y")
            return SyncReport(text: text, failed: status == 2)
        } catch {
            return SyncReport(text: error.description, failed: true)
        }
    }
}
