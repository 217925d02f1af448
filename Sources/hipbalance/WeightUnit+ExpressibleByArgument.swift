import ArgumentParser
import HipBalanceCore

extension WeightUnit: ExpressibleByArgument {}
