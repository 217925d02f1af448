/// How an exercise moves, coarsely; used to pick corrective exercises and to explain loads.
public enum MovementPattern: String, Sendable, Hashable, Codable, CaseIterable {
    case squat
    case hinge
    case lunge
    case hipExtension
    case hipAbduction
    case kneeExtension
    case kneeFlexion
    case calfRaise
    case antiExtension
    case antiRotation
    case lateralFlexion
    case trunkFlexion
    case trunkExtension
    case carry
    case stretch
    case mobility
    case upperPush
    case upperPull
    case upperIsolation
    case cardio
    case olympic
    case other
}
