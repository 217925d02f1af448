import Foundation

/// libFuzzer's entry for programs that have their own `main` (LLVM ≥ 12).
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// Hands the process to libFuzzer with `testOneInput` as the target, then exits with its status.
///
/// SwiftPM links an executable target's top-level code as `main` (`--defsym main=…`), which hides
/// libFuzzer's own `main`; each target's `main.swift` therefore calls this instead. The command
/// line is libFuzzer's (`Scripts/fuzz.sh` builds it).
public func runFuzzer(_ testOneInput: @convention(c) (UnsafeRawPointer?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(llvmFuzzerRunDriver(&argc, &argv, testOneInput))
}

/// The input as a buffer (libFuzzer passes a null pointer for the empty input).
public func fuzzInput(_ start: UnsafeRawPointer?, _ count: Int) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: count > 0 ? start : nil, count: count)
}
