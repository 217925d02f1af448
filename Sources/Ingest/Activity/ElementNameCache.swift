/// Remembers the classification of recently seen names by address. libxml2 hands SAX2 callbacks
/// local names interned in the parser's dictionary, so within one parse an address always
/// denotes the same name; the cache spares re-reading the bytes for every element.
struct ElementNameCache {
    private var addresses = [UInt](repeating: 0, count: 64)
    private var names = [ElementName](repeating: .other, count: 64)

    /// The classification of `name`, from the cache when this address was seen before.
    mutating func classify(_ name: UnsafePointer<UInt8>) -> ElementName {
        let address = UInt(bitPattern: name)
        let slot = Int(truncatingIfNeeded: (address >> 3) ^ (address >> 9)) & 63
        if addresses[slot] == address { return names[slot] }
        let classified = ElementName.classify(name)
        addresses[slot] = address
        names[slot] = classified
        return classified
    }
}
