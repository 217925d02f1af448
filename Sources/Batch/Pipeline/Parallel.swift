import Dispatch
import Foundation

/// Runs independent work items on a fixed number of threads.
enum Parallel {
    /// `body(0)…body(count - 1)` on up to `jobs` threads, results in index order. Threads take
    /// the next unclaimed index, so a slow item never holds up the others.
    static func map<T: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            while let index = slots.claim() { slots.fill(index, body(index)) }
        }
        return slots.results()
    }

    /// Work claiming and result slots shared by the threads of one `map`.
    // @unchecked because the mutable state (`next`, `values`) is only touched under `lock`.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var values: [T?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.withLock {
                guard next < values.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func fill(_ index: Int, _ value: T) { lock.withLock { values[index] = value } }

        /// Every slot's value, in order; `map` calls it after all its threads have ended, when every
        /// index has been claimed and filled.
        func results() -> [T] {
            lock.withLock {
                values.map { value in
                    guard let value else { preconditionFailure("Parallel.map: a slot was never filled") }
                    return value
                }
            }
        }
    }
}
