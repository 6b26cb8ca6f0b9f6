// engine/host/crash_signals.h — the native CLI's last line of defence: a fault inside the
// engine itself (SIGSEGV, SIGBUS, SIGILL, SIGFPE — a bug in gort, never in the Go program,
// whose faults the VM checks) ends the run like a Go fatal error instead of a bare signal:
// "fatal error: gort internal error: signal SIGSEGV", the goroutine's Go traceback when one
// was running, exit status 2. Not installed under sanitizers (their reports are the point)
// nor in WebAssembly (a trap there is caught by the JavaScript host).
#pragma once

namespace gort::host {

void install_crash_handlers();

}  // namespace gort::host
