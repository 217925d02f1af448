/// One opening of a FIT file's bytes, and a way to ask afterwards whether gzip data was damaged.
struct FitStream {
    var bytes: AnyByteSource
    var damage: () -> String? = { nil }
}
