/// The seven lower-body and trunk muscle groups of the model (`docs/model.md` §3–4).
public enum MuscleGroup: String, Codable, Sendable, Hashable, CaseIterable, CodingKeyRepresentable {
    case quads
    case glutes
    case hamstrings
    case lowBack
    case core
    case hipFlexors
    case calves
}
