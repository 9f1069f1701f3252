#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A clock's reading, in seconds and in nanoseconds.
private func clock(_ id: clockid_t) -> (seconds: Double, nanoseconds: Int) {
    var spec = timespec()
    clock_gettime(id, &spec)
    return (Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9, Int(spec.tv_sec) &* 1_000_000_000 &+ Int(spec.tv_nsec))
}

/// The `time` module: clocks and `sleep`.
extension Runtime {
    func makeTimeModule() -> PyModule {
        let time = makeModule("time", doc: "This module provides various functions to manipulate time values.")
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
        installCalendarFunctions(time)
        return time
    }

    /// `gmtime` and `strftime`: broken-down UTC time (struct_time), computed from
    /// the count of days since 1970 (the proleptic Gregorian calendar).
    private func installCalendarFunctions(_ time: PyModule) {
        let fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"]
        let prototype = makeStructSequence("time.struct_time", fields.map { ($0, .int(0)) })
        guard let structTime = prototype.object?.type else { return }
        define(time, "struct_time", value: .object(structTime))
        define(time, "gmtime") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("gmtime", args).between(0, 1)
            let seconds: Int
            switch args.count > 0 ? args[0] : .none {
            case .none: seconds = Int(clock(CLOCK_REALTIME).seconds)
            case .float(let d):
                guard d.isFinite, let whole = Int(exactly: d.rounded(.down)) else {
                    throw PythonError(d.isNaN ? .valueError : .overflowError, d.isNaN ? "Invalid value NaN (not a number)" : "timestamp out of range for platform time_t")
                }
                seconds = whole
            case let other:
                guard IntegerOperand(other) != nil else {
                    throw PythonError(.typeError, "'\(rt.typeName(other))' object cannot be interpreted as an integer")
                }
                seconds = try rt.indexValue(other)
            }
            // Years beyond what a C tm holds are refused, as CPython's platform does.
            guard seconds.magnitude < 67_767_976_233_316_800 else { throw PythonError(.overflowError, "timestamp out of range for platform time_t") }
            return .object(PyTuple(type: structTime, items: CivilTime.brokenDown(seconds).map { .int($0) }))
        }
        define(time, "strftime") { (rt, args) throws(PythonError) -> Value in
            try ArgumentParser("strftime", args).between(1, 2)
            guard let format = args[0].object as? PyStr else {
                throw PythonError(.typeError, "strftime() argument 1 must be str, not \(rt.typeName(args[0]))")
            }
            var parts: [Int]
            if args.count > 1 {
                let items = try rt.collect(args[1])
                guard items.count == 9 else { throw PythonError(.typeError, "time.struct_time() takes a 9-sequence (\(items.count)-sequence given)") }
                parts = []
                for item in items { parts.append(try rt.indexValue(item)) }
            } else {
                parts = CivilTime.brokenDown(Int(clock(CLOCK_REALTIME).seconds))
            }
            return .object(rt.makeStr(CivilTime.format(format.string, parts)))
        }
    }
}

/// Dates as C's `struct tm` holds them, in UTC.
enum CivilTime {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// year, month, day, hour, minute, second, weekday (Monday 0), day of the year (from 1), isdst 0.
    static func brokenDown(_ seconds: Int) -> [Int] {
        let days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400)
        let secondOfDay = seconds - days * 86400
        // Days to a civil date, counting in 400-year eras that start on 1 March.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let weekday = ((days % 7) + 7 + 3) % 7          // 1970-01-01 was a Thursday
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1]
        let yearDay = before + day + (leap && month > 2 ? 1 : 0)
        return [year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60, weekday, yearDay, 0]
    }

    /// The directives of C's strftime in the C locale; others are copied as they are.
    static func format(_ format: String, _ t: [Int]) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value.magnitude)
            return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let weekday = ((t[6] % 7) + 7) % 7
        let month = min(max(t[1], 1), 12) - 1
        let hour12 = t[3] % 12 == 0 ? 12 : t[3] % 12
        var result = ""
        var iterator = format.makeIterator()
        while let c = iterator.next() {
            guard c == "%" else {
                result.append(c)
                continue
            }
            guard let directive = iterator.next() else {
                result.append("%")
                break
            }
            switch directive {
            case "Y": result += String(t[0])
            case "y": result += pad(((t[0] % 100) + 100) % 100, 2)
            case "m": result += pad(t[1], 2)
            case "d": result += pad(t[2], 2)
            case "e": result += (t[2] < 10 ? " " : "") + String(t[2])
            case "H": result += pad(t[3], 2)
            case "I": result += pad(hour12, 2)
            case "M": result += pad(t[4], 2)
            case "S": result += pad(t[5], 2)
            case "p": result += t[3] < 12 ? "AM" : "PM"
            case "j": result += pad(t[7], 3)
            case "w": result += String((weekday + 1) % 7)
            case "u": result += String(weekday + 1)
            case "a": result += String(weekdays[weekday].prefix(3))
            case "A": result += weekdays[weekday]
            case "b", "h": result += String(months[month].prefix(3))
            case "B": result += months[month]
            case "F": result += "\(t[0])-\(pad(t[1], 2))-\(pad(t[2], 2))"
            case "T": result += "\(pad(t[3], 2)):\(pad(t[4], 2)):\(pad(t[5], 2))"
            case "D": result += "\(pad(t[1], 2))/\(pad(t[2], 2))/\(pad(((t[0] % 100) + 100) % 100, 2))"
            case "Z": result += "UTC"
            case "z": result += "+0000"
            case "n": result += "\n"
            case "t": result += "\t"
            case "%": result += "%"
            default: result += "%\(directive)"
            }
        }
        return result
    }
}

/// The native stack guard.
extension Runtime {

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
