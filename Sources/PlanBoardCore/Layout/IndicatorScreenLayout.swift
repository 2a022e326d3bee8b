/// Where the indicators view goes: all the width between the header (and the info line, when it
/// shows) and the two bottom lines. The list and the detail pane both fill it.
public enum IndicatorScreenLayout {
    public static func area(_ layout: BoardLayout) -> Rect {
        let top = layout.info == nil ? 1 : 2
        return Rect(x: 0, y: top, width: layout.size.width, height: max(0, layout.size.height - 2 - top))
    }
}
