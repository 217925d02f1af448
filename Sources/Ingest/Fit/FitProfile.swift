/// The small part of the FIT profile hipbalance reads, written by hand from Garmin's published
/// profile (checked against profile 21.205/21.218 as described in docs/fit.md): global message
/// numbers, the field numbers used, and the enum values the reader maps.
enum FitProfile {
    enum Message {
        static let fileID: UInt16 = 0
        static let sport: UInt16 = 12
        static let session: UInt16 = 18
        static let lap: UInt16 = 19
        static let record: UInt16 = 20
        static let event: UInt16 = 21
        static let deviceInfo: UInt16 = 23
        static let activity: UInt16 = 34
        static let length: UInt16 = 101
        static let heartRate: UInt16 = 132
        static let timestampCorrelation: UInt16 = 162
        static let fieldDescription: UInt16 = 206
        static let set: UInt16 = 225
    }

    /// Seconds from 1970-01-01 to the FIT epoch 1989-12-31T00:00:00Z.
    static let epochOffset = 631_065_600.0
    /// `date_time` values below this are seconds since the device was switched on, not UTC.
    static let systemTimeLimit: UInt32 = 0x1000_0000

    /// `file` enum (`file_id.type`) names of the kinds that are not activities.
    static func fileTypeName(_ type: Int64) -> String {
        switch type {
        case 1: "device"
        case 2: "settings"
        case 3: "sport settings"
        case 4: "activity"
        case 5: "workout"
        case 6: "course"
        case 7: "schedules"
        case 9: "weight"
        case 10: "totals"
        case 11: "goals"
        case 14: "blood pressure"
        case 15: "monitoring"
        case 20: "activity summary"
        case 28: "daily monitoring"
        case 32: "monitoring"
        case 34: "segment"
        case 35: "segment list"
        case 40: "exercise definitions"
        case 44: "sleep"
        case 49: "chrono shot data"
        case 58: "clubs"
        case 61: "sleep data"
        default: "type \(type)"
        }
    }

    /// `sport` enum names (the values hipbalance labels; others keep their number).
    static func sportName(_ sport: Int64) -> String {
        switch sport {
        case 0: "generic"
        case 1: "running"
        case 2: "cycling"
        case 3: "transition"
        case 4: "fitness_equipment"
        case 5: "swimming"
        case 6: "basketball"
        case 7: "soccer"
        case 8: "tennis"
        case 9: "american_football"
        case 10: "training"
        case 11: "walking"
        case 12: "cross_country_skiing"
        case 13: "alpine_skiing"
        case 14: "snowboarding"
        case 15: "rowing"
        case 16: "mountaineering"
        case 17: "hiking"
        case 18: "multisport"
        case 19: "paddling"
        case 20: "flying"
        case 21: "e_biking"
        case 22: "motorcycling"
        case 23: "boating"
        case 24: "driving"
        case 25: "golf"
        case 26: "hang_gliding"
        case 27: "horseback_riding"
        case 28: "hunting"
        case 29: "fishing"
        case 30: "inline_skating"
        case 31: "rock_climbing"
        case 32: "sailing"
        case 33: "ice_skating"
        case 34: "sky_diving"
        case 35: "snowshoeing"
        case 36: "snowmobiling"
        case 37: "stand_up_paddleboarding"
        case 38: "surfing"
        case 39: "wakeboarding"
        case 40: "water_skiing"
        case 41: "kayaking"
        case 42: "rafting"
        case 43: "windsurfing"
        case 44: "kitesurfing"
        case 45: "tactical"
        case 46: "jumpmaster"
        case 47: "boxing"
        case 48: "floor_climbing"
        case 62: "hiit"
        default: "sport \(sport)"
        }
    }

    /// `sub_sport` enum names for the values that change what an activity is.
    static func subSportName(_ subSport: Int64) -> String? {
        switch subSport {
        case 0: nil  // generic
        case 1: "treadmill"
        case 2: "street"
        case 3: "trail"
        case 4: "track"
        case 5: "spin"
        case 6: "indoor_cycling"
        case 7: "road"
        case 8: "mountain"
        case 9: "downhill"
        case 10: "recumbent"
        case 11: "cyclocross"
        case 12: "hand_cycling"
        case 13: "track_cycling"
        case 14: "indoor_rowing"
        case 15: "elliptical"
        case 16: "stair_climbing"
        case 17: "lap_swimming"
        case 18: "open_water"
        case 19: "flexibility_training"
        case 20: "strength_training"
        case 21: "warm_up"
        case 22: "match"
        case 23: "exercise"
        case 24: "challenge"
        case 25: "indoor_skiing"
        case 26: "cardio_training"
        case 27: "indoor_walking"
        case 28: "e_bike_fitness"
        case 29: "bmx"
        case 30: "casual_walking"
        case 31: "speed_walking"
        case 32: "bike_to_run_transition"
        case 33: "run_to_bike_transition"
        case 34: "swim_to_bike_transition"
        case 35: "atv"
        case 36: "motocross"
        case 37: "backcountry"
        case 38: "resort"
        case 39: "rc_drone"
        case 40: "wingsuit"
        case 41: "whitewater"
        case 42: "skate_skiing"
        case 43: "yoga"
        case 44: "pilates"
        case 45: "indoor_running"
        case 46: "gravel_cycling"
        case 47: "e_bike_mountain"
        case 48: "commuting"
        case 49: "mixed_surface"
        case 50: "navigate"
        case 51: "track_me"
        case 52: "map"
        case 53: "single_gas_diving"
        case 54: "multi_gas_diving"
        case 55: "gauge_diving"
        case 56: "apnea_diving"
        case 57: "apnea_hunting"
        case 58: "virtual_activity"
        default: "sub_sport \(subSport)"
        }
    }
}
