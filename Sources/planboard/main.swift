import PlanBoardCore
#if canImport(Glibc)
import Glibc
#endif

/// planboard's entry point: subcommands print and exit; otherwise the board opens on a plan file.
let arguments = Array(CommandLine.arguments.dropFirst())

/// Which of standard output and error a person's terminal shows: text for a terminal has its
/// control characters shown as symbols, so a crafted plan or lock file cannot act on it.
let terminals = TerminalStreams(output: isatty(STDOUT_FILENO) == 1, errors: isatty(STDERR_FILENO) == 1)

func printError(_ text: String) {
    let line = text + "\n"
    writeOut(terminals.errors ? VisibleText.sanitizeKeepingLineBreaks(line) : line, to: STDERR_FILENO)
}

func currentTime() -> Timestamp { Timestamp(secondsSince1970: Int64(time(nil))) }

func localUTCOffset() -> Int {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return Int(parts.tm_gmtoff)
}

func writeOut(_ text: String, to descriptor: Int32) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
}

/// The plan whose git settings name the author: `import … --into PLAN`'s plan, else merge's OURS.
func authorPlanPath(_ arguments: [String]) -> String {
    if let i = arguments.firstIndex(of: "--into"), i + 1 < arguments.count { return arguments[i + 1] }
    if let joined = arguments.first(where: { $0.hasPrefix("--into=") }) { return String(joined.dropFirst("--into=".count)) }
    return arguments.count > 2 ? arguments[2] : "."
}

if let status = Subcommand.run(
    arguments: arguments, today: currentTime().day(utcOffset: localUTCOffset()),
    output: { writeOut($0, to: STDOUT_FILENO) }, errors: { writeOut($0, to: STDERR_FILENO) }, terminals: terminals,
    now: currentTime(), author: { Author.resolve(forPlanAt: authorPlanPath(arguments)).name }
) {
    exit(status)
}

if arguments.first == "--help" || arguments.first == "-h" || arguments.first == "help" {
    print(Usage.text)
    exit(0)
}
/// `--name "Jane Smith"` signs this session's changes with that name.
let nameOption: (name: String?, rest: [String])
do {
    nameOption = try AuthorName.option(in: arguments)
} catch {
    printError(error.description)
    exit(2)
}
/// `--read-only` looks at the plan without the lock, so an officer who can edit it is not kept out.
let readOnly = nameOption.rest.contains("--read-only")
let planArguments = nameOption.rest.filter { $0 != "--read-only" }
if planArguments.count > 1 || planArguments.first?.hasPrefix("-") == true {
    printError("planboard: unexpected arguments '\(Excerpt.of(arguments.joined(separator: " ")))'.\n\n" + Usage.text)
    exit(2)
}

let path = planArguments.first ?? "plan.json"
do {
    try TerminalCheck.prepare()
} catch {
    printError(error.description)
    exit(2)
}

// The lock is taken and the file read before the terminal is touched: a plan another planboard
// has open, or that cannot be read at all, is reported on a plain terminal.
let opened: (store: PlanStore, found: PlanStore.Found)
do {
    opened = try PlanStore.openUndecoded(path: path, readOnly: readOnly, creatingWith: { ExamplePlan.make() })
} catch {
    printError("planboard: \(error)")
    exit(1)
}
defer { opened.store.close() }

// A large file's first screen is drawn from a preview, and the file then decoded on another core;
// a small one decodes first, so an error in it is told on a plain terminal. A signal meanwhile is
// kept for the session, which then stops cleanly.
var decoding: BackgroundPlanDecode?
var plan: Plan?
switch opened.found {
case .created(let made):
    plan = made
case .file(let bytes) where bytes.count < PlanPreview.worthwhileBytes:
    do {
        plan = try opened.store.decoder(bytes)
    } catch {
        printError("planboard: \(error)")
        exit(1)
    }
case .file:
    break  // decoded on the other core once the preview is on screen (below)
}
Signals.install()

let terminal: NcursesTerminal
do {
    terminal = try NcursesTerminal()
} catch {
    opened.store.close()
    printError(error.description)
    exit(2)
}

/// The board as it opens on `plan`, with the message for a read-only or newly made plan.
@MainActor func openingState(_ plan: Plan) -> BoardState {
    var state = BoardState(plan: plan, fileName: opened.store.displayName, size: terminal.size(),
                           today: currentTime().day(utcOffset: localUTCOffset()), utcOffset: localUTCOffset())
    if let reason = opened.store.readOnlyReason {
        state.readOnly = reason
        let why = readOnly ? " (--read-only)" : ": \(reason)"
        state.flash = .init("Opened read-only\(why). You can look, search and export; nothing can be changed.")
    } else if case .created = opened.found {
        state.flash = .init("Created \(opened.store.displayName) from the built-in example plan. ? shows the keys.")
    }
    return state
}

if plan == nil, case .file(let bytes) = opened.found {
    // A card takes at least two rows, so a screen's height in actions per lane fills any lane.
    // The whole decode starts only once the preview is on screen: started sooner, it slowed the
    // first frame (its allocations and page faults, and the terminal's own process needing the
    // second core to show the frame).
    if let preview = PlanPreview.read(bytes, actionsPerOutcome: terminal.size().height + 1) {
        var shown = openingState(preview)
        shown.isPreview = true
        terminal.draw(BoardView.render(shown))
    }
    decoding = BackgroundPlanDecode(bytes, with: opened.store.decoder)
}
// git is asked who the author is (a few milliseconds) after the first frame: here while the file
// decodes, or below once the board is drawn.
var author: AuthorName?
if let decoding {
    author = Author.resolve(forPlanAt: path, option: nameOption.name)
    do {
        plan = try decoding.wait()
    } catch {
        // No key was taken and nothing written: the file stays as it was.
        terminal.close()
        opened.store.close()
        printError("planboard: \(error)")
        exit(1)
    }
}

var state = openingState(plan!)
if author == nil {
    terminal.draw(BoardView.render(state))
    author = Author.resolve(forPlanAt: path, option: nameOption.name)
}
state.author = author!.name
// Said once, unless the opening has something to say already (read-only: nothing is signed).
if state.flash == nil, let notice = author!.loginOnlyNotice { state.flash = .init(notice) }
state.newIDs = .seeded(Author.idSeed())
let session = BoardSession(state: state, store: opened.store, clock: currentTime)
session.sharing = { [processes = session.gitProcesses] in Sharing.sync(planPath: path, processes: processes) }
let ending = session.run(on: terminal, interrupted: Signals.pending)
terminal.close()
opened.store.close()
if let kept = session.keptOnSignal {
    printError("planboard: stopped while you were typing; kept what you typed (\(kept)) as Enter would.")
}
if case .failed(let error) = session.state.saveStatus {
    let how = if case .signal = ending { "stopped by a signal" } else { "quit" }
    printError("planboard: \(how) with the last change unsaved: \(error)")
    if case .signal(let number) = ending { exit(128 + number) }
    exit(1)
}
if case .signal(let number) = ending { exit(128 + number) }
exit(0)
