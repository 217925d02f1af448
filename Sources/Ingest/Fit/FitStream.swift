/// One opening of a FIT file's bytes, and a way to ask afterwards whether gzip data was damaged:
/// what, and at which byte of the FIT data the damage cut it.
struct FitStream {
    var bytes: AnyByteSource
    var damage: () -> (message: String, byteOffset: Int)? = { nil }

    /// The FIT data inflated by `gunzip`, with its damage.
    init<Compressed>(gunzip: GunzipByteSource<Compressed>) {
        bytes = AnyByteSource(gunzip)
        damage = { gunzip.damage.map { ($0, gunzip.deliveredBytes) } }
    }

    /// Plain FIT data.
    init(bytes: AnyByteSource) { self.bytes = bytes }
}
