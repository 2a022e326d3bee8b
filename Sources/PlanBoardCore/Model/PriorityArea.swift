/// A run of actions in one priority area (`1.1 Work with carers…`), the sub-heading a plan
/// writes inside an outcome. Reports print the area above its actions.
public struct PriorityArea: Equatable, Sendable {
    /// The area as the plan writes it, number and text; empty for actions that have none.
    public var title: String
    public var actions: [Action]

    /// `actions` cut into runs of the same area, in plan order. An area that comes back after
    /// another one starts a new run, so nothing is reordered.
    public static func runs(_ actions: [Action]) -> [PriorityArea] {
        var runs: [PriorityArea] = []
        for action in actions {
            if let last = runs.indices.last, runs[last].title == action.area {
                runs[last].actions.append(action)
            } else {
                runs.append(PriorityArea(title: action.area, actions: [action]))
            }
        }
        return runs
    }
}
