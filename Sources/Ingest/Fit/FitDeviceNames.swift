/// Readable device names from `file_id` / `device_info`: the maker from the `manufacturer` enum,
/// the model from `product_name` when the device writes one (most non-Garmin makers), else from
/// Garmin's product numbers for the devices seen in public files (docs/fit.md lists the sources).
enum FitDeviceNames {
    static func name(manufacturer: Int64?, product: Int64?, productName: String?) -> String? {
        guard let manufacturer else { return productName }
        let maker = manufacturerName(manufacturer)
        if let productName {
            // "COROS PACE 2", "Karoo 2": avoid "COROS COROS PACE 2".
            guard let maker else { return productName }
            return productName.lowercased().hasPrefix(maker.lowercased()) ? productName : "\(maker) \(productName)"
        }
        guard let maker else { return product.map { "manufacturer \(manufacturer) product \($0)" } }
        if manufacturer == 1 || manufacturer == 15 || manufacturer == 13, let product,
            let model = garminProduct(product)
        {
            return "\(maker) \(model)"
        }
        return maker
    }

    /// Names of the `manufacturer` enum values seen in activity files.
    static func manufacturerName(_ value: Int64) -> String? {
        switch value {
        case 1: "Garmin"
        case 13: "Dynastream OEM"
        case 15: "Dynastream"
        case 23: "Suunto"
        case 32: "Wahoo"
        case 38: "o-synce"
        case 70: "Sigma"
        case 71: "TomTom"
        case 95: "Stryd"
        case 255: nil  // "development": third-party apps without a maker id
        case 260: "Zwift"
        case 265: "Strava"
        case 267: "Bryton"
        case 289: "Hammerhead"
        case 294: "COROS"
        case 307: "Onelap"
        default: nil
        }
    }

    /// Garmin product numbers (`garmin_product`) of devices in public activity files.
    static func garminProduct(_ value: Int64) -> String? {
        switch value {
        case 1036: "Edge 500"
        case 1169: "Edge 800"
        case 1436: "Forerunner 70"
        case 1765: "Forerunner 920XT"
        case 1967: "fenix 2"
        case 2158: "Forerunner 735XT"
        case 2337: "vivoactive HR"
        case 2604: "fenix 5X"
        case 2691: "Forerunner 935"
        case 2697: "fenix 5"
        case 3113: "Forerunner 945"
        case 3121: "Edge 530"
        case 3992: "Forerunner 255"
        case 4024: "Forerunner 955"
        case 4315: "Forerunner 965"
        default: nil
        }
    }
}
