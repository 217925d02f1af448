import Foundation
import Testing

@testable import HipBalanceCore

@Suite struct MuscleVectorTests {
    @Test func arithmeticIsPerGroup() {
        let a = MuscleVector(quads: 1, glutes: 2, hamstrings: 3, lowBack: 4, core: 5, hipFlexors: 6, calves: 7)
        #expect((a + a)[.core] == 10)
        #expect((a * 0.5)[.calves] == 3.5)
        #expect(a.total == 28)
    }

    @Test func encodesOneKeyPerGroup() throws {
        let data = try JSONEncoder().encode(MuscleVector(quads: 1))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Double])
        #expect(Set(object.keys) == Set(MuscleGroup.allCases.map(\.rawValue)))
    }

    @Test func catalogueUpsertReplacesByID() {
        var catalogue = ExerciseCatalogue([
            Exercise(id: "plank", name: "Plank", pattern: .antiExtension, muscles: [.core: 1])
        ])
        catalogue.upsert(
            Exercise(id: "plank", name: "Front Plank", pattern: .antiExtension, muscles: [.core: 1, .glutes: 0.25]))
        #expect(catalogue.exercises.count == 1)
        #expect(catalogue["plank"]?.name == "Front Plank")
        #expect(catalogue["plank"]?.primaryMuscle == .core)
    }
}
