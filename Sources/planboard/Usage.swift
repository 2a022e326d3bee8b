/// The text of `planboard --help`.
enum Usage {
    static let text = """
    planboard — review a strategy delivery plan on a keyboard-driven board.

    Usage:
      planboard [PLAN.json]     Open the plan (default plan.json in this folder; created from the
                                built-in example plan when it does not exist).
      planboard --help          Show this text.

    On the board press ? for every key. Every change is written to the plan file at once.
    """
}
