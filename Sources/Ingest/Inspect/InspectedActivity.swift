import Foundation
import HipBalanceCore

/// One activity as `inspect` shows it: the summary, numbers rounded to 0.1.
public struct InspectedActivity: Sendable, Hashable, Encodable {
    public var sport: Sport
    public var sportLabel: String?
    /// ISO 8601 UTC, with milliseconds only when the start has a fraction.
    public var start: String?
    public var elapsedSeconds: Double
    public var movingSeconds: Double
    public var distanceMeters: Double
    public var ascentMeters: Double
    public var descentMeters: Double
    public var points: Int
    public var laps: Int
    public var heartRate: HeartRateStats?
    public var cadence: CadenceStats?
    public var power: PowerStats?
    public var device: String?

    init(_ activity: Activity) {
        let s = activity.summary
        sport = s.sport
        sportLabel = s.sportLabel
        start = s.start.map { Timestamp.iso8601($0.timeIntervalSince1970) }
        elapsedSeconds = Self.round(s.elapsedSeconds)
        movingSeconds = Self.round(s.movingSeconds)
        distanceMeters = Self.round(s.distanceMeters)
        ascentMeters = Self.round(s.ascentMeters)
        descentMeters = Self.round(s.descentMeters)
        points = s.points
        laps = s.laps
        heartRate = s.heartRate.map { HeartRateStats(mean: Self.round($0.mean), max: Self.round($0.max)) }
        cadence = s.cadence.map { CadenceStats(mean: Self.round($0.mean)) }
        power = s.power.map {
            PowerStats(mean: Self.round($0.mean), max: Self.round($0.max), normalized: Self.round($0.normalized))
        }
        device = s.device
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sport, forKey: .sport)
        try c.encode(sportLabel, forKey: .sportLabel)
        try c.encode(start, forKey: .start)
        try c.encode(elapsedSeconds, forKey: .elapsedSeconds)
        try c.encode(movingSeconds, forKey: .movingSeconds)
        try c.encode(distanceMeters, forKey: .distanceMeters)
        try c.encode(ascentMeters, forKey: .ascentMeters)
        try c.encode(descentMeters, forKey: .descentMeters)
        try c.encode(points, forKey: .points)
        try c.encode(laps, forKey: .laps)
        try c.encode(heartRate, forKey: .heartRate)
        try c.encode(cadence, forKey: .cadence)
        try c.encode(power, forKey: .power)
        try c.encode(device, forKey: .device)
    }

    private enum CodingKeys: String, CodingKey {
        case sport, sportLabel, start, elapsedSeconds, movingSeconds, distanceMeters, ascentMeters, descentMeters
        case points, laps, heartRate, cadence, power, device
    }

    private static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
