#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte stream the driver writes to: a file descriptor (buffered, flushed
/// before the process exits) or, for in-process tests, memory.
final class OutputSink {
    private let fileDescriptor: Int32?
    private var pending: [UInt8] = []
    /// Everything written, when capturing instead of writing to a descriptor.
    private(set) var captured: [UInt8] = []

    private static let flushThreshold = 1 << 16

    /// Writes to an open file descriptor (1 or 2).
    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// Keeps everything in `captured`.
    init() {
        self.fileDescriptor = nil
    }

    var capturedText: String { String(decoding: captured, as: UTF8.self) }

    func write(_ text: String) {
        guard fileDescriptor != nil else {
            captured.append(contentsOf: text.utf8)
            return
        }
        pending.append(contentsOf: text.utf8)
        if pending.count >= OutputSink.flushThreshold { flush() }
    }

    /// Hands buffered bytes to the descriptor. Errors (a closed pipe) drop the
    /// output, as there is nowhere left to report them.
    func flush() {
        guard let descriptor = fileDescriptor, !pending.isEmpty else { return }
        pending.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = writeToDescriptor(descriptor, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    break
                }
            }
        }
        pending.removeAll(keepingCapacity: true)
    }
}

/// The C `write`, under a name the `write(_:)` method above does not shadow.
private func writeToDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
