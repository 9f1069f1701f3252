#!/bin/sh
# The release build of the `anhinga` command, as installed and as measured in
# docs/performance.md; the binary is .build/release/anhinga.
#
#   --static-swift-stdlib      Swift's runtime linked in: the dynamic loader has
#                              no Swift libraries to map, start-up takes half the time.
#   -assume-single-threaded    reference counting without atomic instructions.
#                              Sound for this binary only: the command runs the
#                              interpreter on one thread (the large-stack thread of
#                              AnhingaCLI, started and joined by the main thread).
#                              The package's library targets carry no such flag, so
#                              an embedding application that runs interpreters on
#                              several threads keeps Swift's atomic counts.
#
# Extra arguments go to `swift build` (e.g. --show-bin-path, -j 1).
set -eu
cd "$(dirname "$0")/.."
exec swift build -c release --static-swift-stdlib -Xswiftc -assume-single-threaded "$@"
