/// A question asked on the status line. Every prompt keeps one rule: **Enter** does what the
/// question is for (its own words are on the line below it), **Esc** goes back to where the chair
/// was with nothing from the prompt recorded. Each purpose says what its Enter and Esc mean in
/// words, how it takes input (typed text, or one key for yes / no), and what Esc leaves on the
/// status line; the reducer's `Reducer+Prompt.swift` is the one place that acts on them.
public struct Prompt: Equatable, Sendable {
    /// What the answer is for.
    public enum Purpose: Equatable, Sendable {
        /// Why a change just made happened (a rating, status, lead or removal): stored on that change.
        case reason(ReasonOffer)
        /// The title of a new outcome, to go after the lane at this index.
        case newOutcome(after: Int)
        case outcomeTitle(Outcome.ID)
        case outcomeDescription(Outcome.ID)
        /// One step of adding or editing an entry of the key of leads (`index` nil adds one).
        case lead(index: Int?, step: LeadStep, draft: Lead)
        /// Starting a meeting: its title, attendees, apologies, who is in attendance, declarations
        /// of interest, venue and next meeting's date (the draft fills up; all but the title are
        /// optional and go into the minutes).
        case meeting(step: MeetingStep, draft: Meeting)
        /// A one-line note or decision against this action, in the running meeting if any.
        case meetingNote(Action.ID, Note.Kind)
        /// One step of recording an action point against this action.
        case actionPoint(Action.ID, step: ActionPointStep, draft: Note)
        /// `/`: searching as you type; Esc puts back the search kept before.
        case search(kept: String?)
        /// `#`: the ref of the action to jump to.
        case jumpToRef
        /// `f`: the filter, as words.
        case filter
        /// `L` in the risk register: one level of a risk, typed as `2x3` (Reducer+Risks.swift).
        case riskLevel(Risk.ID, RiskLevelKind)
        /// `d` in the risk register: the risk's review date, as written.
        case riskReviewDate(Risk.ID)
        /// `b` in the risk register or heat map: the plan's risk bands on one line (`RiskBandsInput`).
        case riskBands
        /// `a` in the milestones: the new milestone's text, then when it is due.
        case milestone(MilestoneOwner, step: MilestoneStep, draft: Milestone)
        /// A step of recording a value, a target or a status override against an indicator.
        case indicator(IndicatorQuestion)
        /// `/` in the help: the text to find in it.
        case helpFind
    }

    /// The questions of starting a meeting, asked one after another.
    public enum MeetingStep: Equatable, Sendable {
        case title, attendees, apologies, inAttendance, declarations, venue, nextMeeting
    }

    /// The questions of recording an action point: what, who, by when, and whether it is also a new action.
    public enum ActionPointStep: Equatable, Sendable {
        case what, owner, due, asNewAction
    }

    /// The fields of a lead, asked one after another.
    public enum LeadStep: Equatable, Sendable {
        case initials, name, organisation
    }

    /// How a prompt takes its answer.
    public enum Input: Equatable, Sendable {
        /// Typed text, Enter answers.
        case text
        /// One key: `y` yes, `n` or Enter no.
        case yesNo
    }

    public var purpose: Purpose
    public var question: String
    public var editor: TextEditor
    public var returnTo: ReturnMode
    /// The action selected when the prompt opened: Esc comes back to it (a search moves the cursor).
    public var origin: Action.ID?
    /// True while the answer is still the text the prompt opened with (a period, a level, the value
    /// as it is…), which the chair did not type: like a selected field in a form, the first typed
    /// character replaces it; a cursor key, Backspace or Delete first keeps it for editing.
    public var offered: Bool

    public init(_ purpose: Purpose, question: String, text: String = "", returnTo: ReturnMode, origin: Action.ID? = nil) {
        self.purpose = purpose
        self.question = question
        self.editor = TextEditor(text: text, multiline: false)
        self.returnTo = returnTo
        self.origin = origin
        self.offered = !text.isEmpty
    }

    /// Applies a key that edits the answer under the one rule for an offered answer: typed or pasted
    /// text replaces it whole (one undo step, so Ctrl-Z brings it back); any other key keeps it and
    /// edits it as usual.
    mutating func edit(_ command: TextCommand, _ apply: (TextCommand, inout TextEditor) -> Void) {
        if offered, case .insert(let text) = command, !TextEditor.cleaned(text, multiline: false).isEmpty {
            offered = false
            editor.replaceAll(with: text)
            return
        }
        offered = false
        apply(command, &editor)
    }

    /// The next question of the same prompt (a later step): it goes back to the same place.
    func next(_ purpose: Purpose, question: String, text: String = "") -> Prompt {
        Prompt(purpose, question: question, text: text, returnTo: returnTo, origin: origin)
    }

    public var input: Input {
        if case .actionPoint(_, .asNewAction, _) = purpose { return .yesNo }
        return .text
    }

    /// True when Tab completes lead initials from the plan's key (an action point's owner).
    public var completesLeads: Bool {
        if case .actionPoint(_, .owner, _) = purpose { return true }
        return false
    }

    /// What Enter does in this prompt, in the words of the hint line.
    public var enterMeaning: String {
        switch purpose {
        case .reason: "keep the reason"
        case .newOutcome: "add the outcome"
        case .outcomeTitle: "rename"
        case .outcomeDescription: "save the description"
        case .lead(_, let step, _):
            switch step {
            case .initials: "next: name"
            case .name: "next: organisation"
            case .organisation: "save the entry"
            }
        case .meeting(let step, _):
            switch step {
            case .title: "next: attendees"
            case .attendees: "next: apologies (blank: none)"
            case .apologies: "next: in attendance (blank: none)"
            case .inAttendance: "next: declarations of interest (blank: none)"
            case .declarations: "next: venue (blank: none)"
            case .venue: "next: date of the next meeting (blank: none)"
            case .nextMeeting: "start the meeting (blank: none)"
            }
        case .meetingNote(_, let kind): "record the \(kind.word.lowercased())"
        case .actionPoint(_, let step, _):
            switch step {
            case .what: "next: who"
            case .owner: "next: by when (blank: nobody named)"
            case .due: "next (blank: no date)"
            case .asNewAction: "no, only the action point"
            }
        case .search: "find (then n / N)"
        case .jumpToRef: "go there"
        case .filter: "apply the filter"
        case .riskLevel: "set the level"
        case .riskReviewDate: "set the review date"
        case .riskBands: "set the bands"
        case .milestone(_, let step, _): step == .text ? "next: when it is due" : "add the milestone (blank: no date)"
        case .indicator(let question): question.enterMeaning
        case .helpFind: "find (then n: next)"
        }
    }

    /// What Esc does in this prompt, in the words of the hint line. Always a way back with nothing
    /// from the prompt recorded; the words say what that means here.
    public var escMeaning: String {
        switch purpose {
        case .reason: "no reason (the change stays)"
        case .newOutcome: "no new outcome"
        case .outcomeTitle: "keep the title"
        case .outcomeDescription: "keep the description"
        case .lead: "leave the key as it was"
        case .meeting: "no meeting"
        case .meetingNote, .actionPoint: "record nothing"
        case .search: "back to where you were"
        case .jumpToRef: "stay here"
        case .filter: "keep the filter as it was"
        case .riskLevel, .riskReviewDate: "leave it as it was"
        case .riskBands: "keep the bands"
        case .milestone: "add no milestone"
        case .indicator(let question): question.escMeaning
        case .helpFind: "back to the help"
        }
    }

    /// What the status line says after Esc, if anything.
    public var cancelledMessage: String? {
        switch purpose {
        case .reason(let offer): "No reason given for \(offer.described); the change stays (u undoes it)."
        case .meeting: "No meeting started."
        case .meetingNote, .actionPoint: "Nothing recorded."
        case .lead(let index, _, _): index == nil ? "Nothing added to the key of leads." : "The entry is as it was."
        case .newOutcome: "No outcome added."
        case .outcomeTitle, .outcomeDescription, .filter, .search, .jumpToRef, .helpFind: nil
        case .riskLevel, .riskReviewDate: "The risk is as it was."
        case .riskBands: "The bands are as they were."
        case .milestone: "No milestone added."
        case .indicator(let question): question.cancelledMessage
        }
    }

    /// The cues on the line below the question: what Enter and Esc do here, and any other key it takes.
    public var hints: [KeyHint] {
        switch input {
        case .yesNo:
            return [KeyHint([.char("y")], "y", "yes, also a new action"), KeyHint([.char("n"), .enter], "n Enter", enterMeaning),
                    KeyHint([.escape], "Esc", escMeaning)]
        case .text:
            var hints = [KeyHint([.enter], "Enter", enterMeaning)]
            if offered { hints.append(KeyHint([], "type", "to replace")) }
            if completesLeads { hints.append(KeyHint([.tab], "Tab", "complete initials")) }
            hints.append(KeyHint([.escape], "Esc", escMeaning))
            return hints
        }
    }
}
