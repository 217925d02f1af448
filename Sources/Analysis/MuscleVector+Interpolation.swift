import HipBalanceCore

extension MuscleVector {
    /// a + (b − a) · t, field by field (written out: this runs once per 30-s block).
    static func interpolating(_ a: MuscleVector, _ b: MuscleVector, _ t: Double) -> MuscleVector {
        MuscleVector(
            quads: a.quads + (b.quads - a.quads) * t, glutes: a.glutes + (b.glutes - a.glutes) * t,
            hamstrings: a.hamstrings + (b.hamstrings - a.hamstrings) * t,
            lowBack: a.lowBack + (b.lowBack - a.lowBack) * t,
            core: a.core + (b.core - a.core) * t, hipFlexors: a.hipFlexors + (b.hipFlexors - a.hipFlexors) * t,
            calves: a.calves + (b.calves - a.calves) * t)
    }

    /// Adds `other` · `factor` in place.
    mutating func add(_ other: MuscleVector, times factor: Double) {
        quads += other.quads * factor
        glutes += other.glutes * factor
        hamstrings += other.hamstrings * factor
        lowBack += other.lowBack * factor
        core += other.core * factor
        hipFlexors += other.hipFlexors * factor
        calves += other.calves * factor
    }
}
