#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The `anhinga` command: everything happens in `runAnhinga`; this file only
// connects it to the real process and makes sure all output is written
// before the process exits, on every path.
let context = ProcessContext.current()
let status = runAnhinga(arguments: Array(CommandLine.arguments.dropFirst()), context: context)
context.stdout.flush()
context.stderr.flush()
exit(status)
