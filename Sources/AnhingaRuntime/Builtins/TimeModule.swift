#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `time` module: clocks and `sleep`.
extension Runtime {
    func makeTimeModule() -> PyModule {
        let time = makeModule("time", doc: "This module provides various functions to manipulate time values.")
        func clock(_ id: clockid_t) -> (seconds: Double, nanoseconds: Int) {
            var spec = timespec()
            clock_gettime(id, &spec)
            return (Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9, Int(spec.tv_sec) &* 1_000_000_000 &+ Int(spec.tv_nsec))
        }
        for (name, id) in [("time", CLOCK_REALTIME), ("perf_counter", CLOCK_MONOTONIC), ("monotonic", CLOCK_MONOTONIC),
                           ("process_time", CLOCK_PROCESS_CPUTIME_ID), ("thread_time", CLOCK_THREAD_CPUTIME_ID)] {
            define(time, name) { (rt, args) throws(PythonError) -> Value in
                try ArgumentParser(name, args).exactly(0)
                return .float(clock(id).seconds)
            }
            define(time, name + "_ns") { (rt, args) throws(PythonError) -> Value in
                try ArgumentParser(name + "_ns", args).exactly(0)
                return .int(clock(id).nanoseconds)
            }
        }
        define(time, "sleep") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("sleep", args).exactly(1)
            let seconds: Double
            switch args[0] {
            case .int(let x): seconds = Double(x)
            case .float(let d): seconds = d
            case .bool(let flag): seconds = flag ? 1 : 0
            default: throw PythonError(.typeError, "'\(rt.typeName(args[0]))' object cannot be interpreted as an integer")
            }
            if seconds.isNaN { throw PythonError(.valueError, "Invalid value NaN (not a number)") }
            if seconds < 0 { throw PythonError(.valueError, "sleep length must be non-negative") }
            rt.standardOutput.flush()
            var request = timespec(tv_sec: Int(seconds.rounded(.down)), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
            var remaining = timespec()
            while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
            return .none
        }
        return time
    }

    /// True when the native stack has grown to within a safety margin of its
    /// limit: deep recursion then raises RecursionError instead of crashing.
    @inline(__always)
    func nativeStackExhausted() -> Bool {
        guard nativeStackLimit != 0 else { return false }
        var marker = 0
        let address = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return address < nativeStackLimit
    }

    /// Records the current stack position as the top of a stack of `size` bytes,
    /// keeping `margin` bytes in reserve for the error path.
    public func setNativeStack(size: Int, margin: Int = 1 << 20) {
        var marker = 0
        let address = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let usable = UInt(max(0, size - margin))
        nativeStackLimit = address > usable ? address - usable : 1
    }
}
