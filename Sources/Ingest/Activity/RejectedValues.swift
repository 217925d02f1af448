import Foundation
import HipBalanceCore

/// Values dropped for lying outside their channel's physical range, counted per channel.
struct RejectedValues: Equatable {
    var heartRate = 0
    var cadence = 0
    var power = 0
    var speed = 0
    var elevation = 0
    var temperature = 0
    var distance = 0

    /// One phrase per channel with rejections, e.g. `2 power values outside 0–3000 W`.
    var phrases: [String] {
        func phrase(_ count: Int, _ name: String, _ range: ClosedRange<Double>, _ unit: String) -> String? {
            guard count > 0 else { return nil }
            return
                "\(count) \(name) value\(count == 1 ? "" : "s") outside \(Self.number(range.lowerBound))–\(Self.number(range.upperBound)) \(unit)"
        }
        return [
            phrase(heartRate, "heart rate", ReaderParameters.heartRateRange, "bpm"),
            phrase(cadence, "cadence", ReaderParameters.cadenceRange, "rpm"),
            phrase(power, "power", ReaderParameters.powerRange, "W"),
            phrase(speed, "speed", ReaderParameters.speedRange, "m/s"),
            phrase(elevation, "elevation", ReaderParameters.elevationRange, "m"),
            phrase(temperature, "temperature", ReaderParameters.temperatureRange, "°C"),
            phrase(distance, "distance", ReaderParameters.distanceRange, "m"),
        ].compactMap { $0 }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
