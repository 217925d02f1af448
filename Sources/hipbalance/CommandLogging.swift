import Logging

/// Logging setup of the executable: the only place that bootstraps swift-log.
enum CommandLogging {
    static func bootstrap(quiet: Bool, verbose: Bool) -> Logger {
        let level: Logger.Level = quiet ? .error : verbose ? .info : .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "hipbalance")
    }
}
