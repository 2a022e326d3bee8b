/// The text of `planboard --help`.
enum Usage {
    static let text = """
    planboard — review a strategy delivery plan on a keyboard-driven board.

    Usage:
      planboard [PLAN.json]     Open the plan (default plan.json in this folder; created from the
                                built-in example plan when it does not exist).
      planboard --read-only PLAN.json
                                Look at the plan without changing it (and without keeping an
                                officer who is editing it out).
      planboard --name "Jane Smith" [PLAN.json]
                                Sign your changes with your name. Without --name: the
                                PLANBOARD_NAME environment variable, else git's user.name (the
                                repository's, else your global one), else the login name (the
                                board says so when it uses that). import --into and merge too.
      planboard import SOURCE.csv|SOURCE.docx|SOURCE.xlsx [-o PLAN.json] [--map 'Column=field']...
                       [--title T] [--force]
                                Turn a spreadsheet (CSV or tab-separated), a Word document's plan
                                table or an Excel workbook into a plan.
      planboard import SHEET.csv|SHEET.xlsx --into PLAN.json [--name "Jane Smith"]
                                Add an indicator sheet or a risk register to an existing plan.
      planboard export PLAN.json --format csv|markdown|html|docx [-o FILE] [--since YYYY-MM-DD] [--force]
                                Write the plan as a spreadsheet, a committee-paper table, an A4
                                HTML report or a Word document.
      planboard summary PLAN.json [--json] [--since YYYY-MM-DD]
                                Counts by RAG and status per outcome, overdue and due-soon actions.
      planboard minutes PLAN.json [--meeting DATE|ID] [--format markdown|html|docx] [-o FILE] [--force]
                                The minutes of a meeting run on the board (default: the latest).
      planboard merge [--name "Jane Smith"] BASE OURS THEIRS
                                Git's merge driver for plan files: merges by meaning into OURS;
                                exit 0 clean, 1 conflicts recorded in the plan, 2 unreadable input.
      planboard share init [PLAN.json]
                                Set up a git copy so planboard merges the plan (.gitattributes,
                                .gitignore, git config).
      planboard sync PLAN.json  Commit the plan's changes, pull the others' (merged), push; on
                                the board Y does the same. Refused while a board has it open.
      planboard --help          Show this text. Each command also takes --help.

    On the board press ? for every key. Every change is written to the plan file at once.
    A Word file planboard names itself (PLAN-report.docx, PLAN-minutes-DATE.docx) is not
    replaced when it is already there unless you add --force.
    """
}
