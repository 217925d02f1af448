/// The last text a layout parsed and its value: exports repeat a workout's date and duration on
/// every row, so most rows skip the parse.
struct LastParsed<Value> {
    private var text: String?
    private var value: Value?

    mutating func value(of text: String, parse: () throws(RowError) -> Value) throws(RowError) -> Value {
        if text == self.text, let value { return value }
        let parsed = try parse()
        self.text = text
        value = parsed
        return parsed
    }
}
