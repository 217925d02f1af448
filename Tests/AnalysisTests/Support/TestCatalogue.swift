import HipBalanceCore

/// A realistic catalogue built in code (weights after `model.md` §7.3), so Analysis tests do not
/// depend on the shipped catalogue in Ingest.
enum TestCatalogue {
    static let exercises: [Exercise] = [
        Exercise(
            id: "squat-barbell", name: "Squat (Barbell)", pattern: .squat,
            muscles: [.quads: 1, .glutes: 0.5, .lowBack: 0.5, .core: 0.25]),
        Exercise(id: "leg-press", name: "Leg Press", pattern: .squat, muscles: [.quads: 1, .glutes: 0.5]),
        Exercise(id: "leg-extension", name: "Leg Extension (Machine)", pattern: .kneeExtension, muscles: [.quads: 1]),
        Exercise(
            id: "hip-thrust-barbell", name: "Hip Thrust (Barbell)", pattern: .hipExtension,
            muscles: [.glutes: 1, .hamstrings: 0.5, .quads: 0.5]),
        Exercise(
            id: "glute-bridge", name: "Glute Bridge", pattern: .hipExtension,
            muscles: [.glutes: 1, .hamstrings: 0.5, .quads: 0.25]),
        Exercise(
            id: "single-leg-glute-bridge", name: "Single Leg Glute Bridge", pattern: .hipExtension,
            muscles: [.glutes: 1, .hamstrings: 0.5, .core: 0.25], unilateral: true),
        Exercise(
            id: "romanian-deadlift", name: "Romanian Deadlift (Barbell)", pattern: .hinge,
            muscles: [.hamstrings: 1, .glutes: 0.75, .lowBack: 1]),
        Exercise(
            id: "split-squat", name: "Bulgarian Split Squat", pattern: .lunge,
            muscles: [.quads: 1, .glutes: 0.75], unilateral: true),
        Exercise(
            id: "step-up", name: "Step Up", pattern: .lunge, muscles: [.glutes: 1, .quads: 0.75], unilateral: true),
        Exercise(
            id: "back-extension", name: "Back Extension", pattern: .trunkExtension,
            muscles: [.lowBack: 1, .glutes: 0.5, .hamstrings: 0.5]),
        Exercise(id: "clamshell", name: "Clamshell", pattern: .hipAbduction, muscles: [.glutes: 1], unilateral: true),
        Exercise(
            id: "side-lying-hip-abduction", name: "Side-Lying Hip Abduction", pattern: .hipAbduction,
            muscles: [.glutes: 1], unilateral: true),
        Exercise(
            id: "side-plank", name: "Side Plank", pattern: .lateralFlexion, muscles: [.core: 1, .glutes: 0.5],
            timed: true, unilateral: true),
        Exercise(id: "plank", name: "Plank", pattern: .antiExtension, muscles: [.core: 1], timed: true),
        Exercise(id: "dead-bug", name: "Dead Bug", pattern: .antiExtension, muscles: [.core: 1]),
        Exercise(
            id: "bird-dog", name: "Bird Dog", pattern: .antiRotation,
            muscles: [.core: 0.5, .lowBack: 0.5, .glutes: 0.5], unilateral: true),
        Exercise(id: "crunch", name: "Crunch", pattern: .trunkFlexion, muscles: [.core: 1]),
        Exercise(
            id: "hanging-leg-raise", name: "Hanging Leg Raise", pattern: .trunkFlexion,
            muscles: [.core: 1, .hipFlexors: 1]),
        Exercise(id: "bench-press", name: "Bench Press (Barbell)", pattern: .upperPush),
        Exercise(
            id: "deadlift", name: "Deadlift (Barbell)", pattern: .hinge,
            muscles: [.hamstrings: 0.75, .glutes: 0.75, .lowBack: 1, .quads: 0.5]),
        Exercise(id: "push-up", name: "Push Up", pattern: .upperPush, muscles: [.core: 0.25]),
        Exercise(id: "overhead-press", name: "Overhead Press (Barbell)", pattern: .upperPush, muscles: [.core: 0.25]),
        Exercise(
            id: "hip-flexor-stretch", name: "Hip Flexor Stretch", pattern: .stretch, lengthens: [.hipFlexors],
            timed: true, unilateral: true),
        Exercise(
            id: "hamstring-stretch", name: "Hamstring Stretch", pattern: .stretch, lengthens: [.hamstrings],
            timed: true, unilateral: true),
    ]

    static let standard = ExerciseCatalogue(exercises)
}
