/// A strategic outcome or priority: one lane of the board, holding its actions in plan order.
public struct Outcome: Equatable, Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Outcome>

    public var id: ID
    /// How the plan numbers it (`1`, `A`); may be empty.
    public var number: String
    public var title: String
    /// A line or two on what the outcome means for carers.
    public var description: String
    public var actions: [Action]
    /// The workstream's own milestones (`T`), beside its actions' (`t`); ids unique within the outcome.
    public var milestones: [Milestone] = []
    /// What was done to the workstream's milestones: entries like an action's history, so the
    /// running meeting and who made them are stamped on them and the minutes report them.
    public var history: [Change] = []
    /// Fields of the outcome in the file that this planboard does not know, written back as read.
    public var unknownFields = UnknownFields()

    public init(id: ID, number: String, title: String, description: String = "", actions: [Action] = []) {
        self.id = id
        self.number = number
        self.title = title
        self.description = description
        self.actions = actions
    }

    /// The actions still on the plan (not removed), in order.
    public var activeActions: [Action] { actions.filter { !$0.isRemoved } }

    /// The lane's heading: `1 Identified and heard`.
    public var heading: String { number.isEmpty ? title : "\(number) \(title)" }
}
