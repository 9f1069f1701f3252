#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The `anhinga` command: everything happens in `runAnhinga`; this file only
// connects it to the real process, on a thread with a stack Anhinga sizes,
// and makes sure all output is written before the process exits, on every path.
let arguments = Array(CommandLine.arguments.dropFirst())
let status = runWithLargeStack(stackSize: frontEndStackSize) {
    let context = ProcessContext.current()
    let status = runAnhinga(arguments: arguments, context: context)
    context.stdout.flush()
    context.stderr.flush()
    return status
}
exit(status)
