/// Counts climb and descent in a stream of elevations, ignoring every swing smaller than a threshold.
///
/// A swing counts once it is confirmed, i.e. once the elevation has moved `threshold` metres from
/// the last turning point, and it then counts whole, from that turning point to the extreme where
/// it turned again (not in `threshold`-sized steps, which would drop up to a threshold per swing).
/// Every counted swing is a difference of two recorded values with only smaller swings between
/// them, so the totals never exceed the plain sums of positive and negative steps.
struct Hysteresis {
    let threshold: Double
    private(set) var ascent = 0.0
    private(set) var descent = 0.0
    /// The last confirmed turning point.
    private var anchor = Double.nan
    /// The running extreme since `anchor` (while undecided: the highest value).
    private var extreme = Double.nan
    /// The lowest value while undecided.
    private var low = Double.nan
    /// +1 climbing, −1 descending, 0 not yet decided.
    private var direction = 0

    init(threshold: Double) { self.threshold = threshold }

    mutating func add(_ value: Double) {
        switch direction {
        case 1:
            if value > extreme {
                extreme = value
            } else if extreme - value >= threshold {
                ascent += extreme - anchor
                anchor = extreme
                extreme = value
                direction = -1
            }
        case -1:
            if value < extreme {
                extreme = value
            } else if value - extreme >= threshold {
                descent += anchor - extreme
                anchor = extreme
                extreme = value
                direction = 1
            }
        default:
            if anchor.isNaN {
                anchor = value
                extreme = value
                low = value
            } else if value - low >= threshold {
                anchor = low
                extreme = value
                direction = 1
            } else if extreme - value >= threshold {
                anchor = extreme
                extreme = value
                direction = -1
            } else {
                extreme = max(extreme, value)
                low = min(low, value)
            }
        }
    }

    /// Climb so far, including a confirmed climb still under way.
    var totalAscent: Double { direction == 1 ? ascent + extreme - anchor : ascent }
    /// Descent so far, including a confirmed descent still under way.
    var totalDescent: Double { direction == -1 ? descent + anchor - extreme : descent }
}
