#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stack the front end runs on. The parser checks its nesting depth
/// (CPython's limits), but a debug build's frames are several times larger
/// than a release build's, and the main thread's 8 MB is not ours to size.
/// Only the pages actually touched are ever committed.
let frontEndStackSize = 256 << 20

/// Runs `body` on a new thread with a stack of `stackSize` bytes, waits for it
/// and returns its result. Falls back to the calling thread if no thread can
/// be created.
func runWithLargeStack(stackSize: Int, _ body: @escaping @Sendable () -> Int32) -> Int32 {
    let job = StackJob(body)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return body() }
    let context = Unmanaged.passRetained(job).toOpaque()
    #if canImport(Darwin)
    var thread: pthread_t?
    #else
    var thread = pthread_t()
    #endif
    let created = pthread_create(&thread, &attributes, { raw in
        guard let raw else { return nil }
        let job = Unmanaged<StackJob>.fromOpaque(raw).takeRetainedValue()
        job.result = job.body()
        return nil
    }, context)
    guard created == 0 else {
        Unmanaged<StackJob>.fromOpaque(context).release()
        return body()
    }
    #if canImport(Darwin)
    if let thread { pthread_join(thread, nil) }
    #else
    pthread_join(thread, nil)
    #endif
    return job.result
}

/// The work and its result, handed to the thread; `result` is written by the
/// thread before `pthread_join` returns and read only after it.
private final class StackJob: @unchecked Sendable {
    let body: @Sendable () -> Int32
    var result: Int32 = 0

    init(_ body: @escaping @Sendable () -> Int32) {
        self.body = body
    }
}
