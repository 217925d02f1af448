/// A developer field of a definition message (its meaning comes from a `field_description`).
struct FitDeveloperFieldDefinition: Sendable, Hashable {
    var number: UInt8
    var offset: Int
    var size: Int
    var developerIndex: UInt8
}
