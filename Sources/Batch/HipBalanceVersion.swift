/// The version of hipbalance, recorded in `run.json` and every report.
public let hipBalanceVersion = "0.1.0"
