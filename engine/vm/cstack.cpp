// engine/vm/cstack.cpp — c_stack_left (see cstack.h): emscripten's stack bounds under wasm,
// pthread_getattr_np's (cached per thread) natively.
#include "vm/cstack.h"

#include <cstdint>

#if defined(__EMSCRIPTEN__)
#include <emscripten/stack.h>
#elif defined(__linux__)
#include <pthread.h>
#endif

namespace gort::vm {

size_t c_stack_left() {
#if defined(__EMSCRIPTEN__)
  uintptr_t cur = emscripten_stack_get_current(), end = emscripten_stack_get_end();
  return cur > end ? cur - end : 0;
#elif defined(__linux__)
  // The lowest address of this thread's stack (stacks grow down), looked up once per thread.
  thread_local uintptr_t low = [] {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return uintptr_t{0};
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    return reinterpret_cast<uintptr_t>(addr);
  }();
  if (low == 0) return SIZE_MAX;
  // The frame address, not a local's: under ASan a local may live on a heap "fake stack".
  uintptr_t cur = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  return cur > low ? cur - low : 0;
#else
  return SIZE_MAX;
#endif
}

}  // namespace gort::vm
