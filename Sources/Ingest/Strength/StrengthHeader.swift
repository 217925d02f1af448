import Foundation
import HipBalanceCore

/// The columns of one header line, by meaning, with the unit each header name carries.
struct StrengthHeader: Sendable {
    private(set) var index: [StrengthColumn: Int] = [:]
    private(set) var units: [StrengthColumn: String] = [:]
    let fieldCount: Int

    init(_ names: [String]) {
        fieldCount = names.count
        for (position, name) in names.enumerated() {
            guard let cell = StrengthHeader.cell(for: name), index[cell.column] == nil else { continue }
            index[cell.column] = position
            if let unit = cell.unit { units[cell.column] = unit }
        }
    }

    subscript(column: StrengthColumn) -> Int? { index[column] }

    /// The weight unit the header names carry (`Weight (lbs)`, `weight_kg`, `Gewicht (kg)`), if any.
    var weightUnit: WeightUnit? { units[.weight].flatMap(StrengthValues.weightUnit) }

    /// Metres per distance unit named in the header (`Distance (meters)`, `distance_miles`), if any.
    var metresPerDistanceUnit: Double? { units[.distance].flatMap(StrengthValues.metres(perUnit:)) }

    func has(_ columns: StrengthColumn...) -> Bool { columns.allSatisfy { index[$0] != nil } }

    /// Folds case and diacritics and keeps letters and digits only (`Nom de l'entraînement` → `nomdelentrainement`).
    /// ASCII text (nearly every cell) takes a byte scan, the same result without Foundation's
    /// folding, which bridges to `NSString` and is called for cells of every row.
    static func key(_ text: some StringProtocol) -> String {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return foldedKey(String(text)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `key(_:)` for any text: case and diacritics folded by Foundation, letters and digits kept.
    static func foldedKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// Reads one header name: strips a parenthesised unit, then looks the rest up among known synonyms.
    static func cell(for rawName: String) -> HeaderCell? {
        var name = rawName.trimmingCharacters(in: .whitespaces)
        var unit: String?
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            unit = name[name.index(after: open)..<name.index(before: name.endIndex)]
                .trimmingCharacters(in: .whitespaces).lowercased()
            name = String(name[..<open])
        }
        let key = key(name)
        if let column = synonyms[key] { return HeaderCell(column: column, unit: unit) }
        if let suffixed = unitSuffixed[key] { return HeaderCell(column: suffixed.0, unit: suffixed.1) }
        return nil
    }

    /// Header names (as `key(_:)` leaves them) in English, French, German and Spanish.
    private static let synonyms: [String: StrengthColumn] = {
        let table: [StrengthColumn: [String]] = [
            .workoutNumber: ["workout", "workoutnumber"],
            .date: ["date", "datum", "fecha", "data", "day", "starttime", "mydate"],
            .workoutName: [
                "workoutname", "title", "nomdelentrainement", "trainingsname", "namedestrainings",
                "nombredelentrenamiento", "entrenamiento", "session", "einheit",
            ],
            // Strong's whole-workout duration; Fitbod's and coach sheets' `Duration(s)` / `Dauer (s)`
            // land here too and are read as set durations by those readers.
            .workoutDuration: [
                "duration", "workoutduration", "duree", "dauer", "trainingsdauer",
                "duracion", "duraciondelentrenamiento",
            ],
            .endTime: ["endtime"],
            .exercise: [
                "exercisename", "exercise", "exercisetitle", "nomdelexercice", "exercice", "ubungsname",
                "ubung", "namederubung", "nombredelejercicio", "ejercicio", "ename", "movement",
            ],
            .setOrder: [
                "setorder", "set", "setindex", "ordredelaserie", "serie", "satzreihenfolge", "satz",
                "reihenfolge", "ordendelaserie", "setnumber",
            ],
            .setCount: ["sets", "series", "satze", "numberofsets"],
            .setType: ["settype", "type", "kind", "typ", "tipo"],
            .warmupFlag: ["iswarmup", "warmup"],
            .weight: ["weight", "poids", "gewicht", "peso", "load", "last", "charge", "carga"],
            .weightUnit: [
                "weightunit", "unit", "unite", "einheitgewicht", "gewichtseinheit", "unidad",
                "unidaddepeso", "unitedepoids",
            ],
            .reps: ["reps", "repetitions", "wiederholungen", "wdh", "repeticiones", "repeticion"],
            .rpe: ["rpe"],
            .rir: ["rir"],
            .distance: ["distance", "distanz", "entfernung", "strecke", "distancia"],
            .distanceUnit: ["distanceunit", "distanzeinheit", "unitededistance", "unidaddedistancia"],
            .seconds: ["seconds", "secondes", "sekunden", "segundos", "durationseconds"],
            .time: ["time", "zeit", "temps", "tiempo"],
            .category: ["category", "categorie", "kategorie", "categoria"],
            .athlete: ["athlete", "athlet", "atleta", "name", "person", "client", "sportler"],
            .multiplier: ["multiplier"],
        ]
        var result: [String: StrengthColumn] = [:]
        for (column, names) in table {
            for name in names { result[name] = column }
        }
        return result
    }()

    /// Names with the unit glued on (`weight_kg`, `distance_miles`, `Weight(kg)` after folding).
    private static let unitSuffixed: [String: (StrengthColumn, String)] = [
        "weightkg": (.weight, "kg"), "weightkgs": (.weight, "kg"), "weightlbs": (.weight, "lbs"),
        "weightlb": (.weight, "lb"), "distancekm": (.distance, "km"), "distancemiles": (.distance, "mi"),
        "distancem": (.distance, "m"), "distancemeters": (.distance, "m"),
    ]
}
