/// A part of the screen: a value built from the state for one frame that draws itself into the
/// rectangle it is given. `BoardView` builds a frame's widgets and takes every rectangle from
/// `BoardLayout`, so a widget decides what to draw and never where it sits on the screen.
public protocol Widget {
    /// Draws into `rect` of `grid` (a widget may leave parts of `rect` as they were).
    func draw(into grid: inout Grid, in rect: Rect)
}
