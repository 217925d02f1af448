import Analysis
import HipBalanceCore

/// Everything a renderer may show about one athlete. Renderers see nothing else.
public struct AthleteReport: Sendable, Hashable, Codable {
    public var athleteID: String
    public var athleteName: String
    public var assessment: BalanceAssessment
    public var inputs: InputSummary

    public init(athleteID: String, athleteName: String, assessment: BalanceAssessment, inputs: InputSummary) {
        self.athleteID = athleteID
        self.athleteName = athleteName
        self.assessment = assessment
        self.inputs = inputs
    }
}
