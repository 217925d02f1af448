import Foundation

/// A list that threads append to under a lock (the reader threads of a run report into it).
final class LockedList<Element: Sendable>: @unchecked Sendable {
    // @unchecked: every access to `storage` goes through `lock`.
    private let lock = NSLock()
    private var storage: [Element] = []

    func append(_ element: Element) {
        lock.withLock { storage.append(element) }
    }

    var values: [Element] { lock.withLock { storage } }
}
