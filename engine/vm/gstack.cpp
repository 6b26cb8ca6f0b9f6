// engine/vm/gstack.cpp — growth and shrinking of a goroutine's slot stack by copying, and
// growth of its frame array.
#include <algorithm>
#include <cstring>

#include "vm/gstate.h"

namespace gort::vm {

void FrameStack::grow(size_t need) {
  size_t cap = std::max<size_t>(need, size_t{cap_} * 2);
  auto fresh = std::make_unique<Frame[]>(cap);
  std::copy(data_.get(), data_.get() + size_, fresh.get());
  data_ = std::move(fresh);
  cap_ = static_cast<uint32_t>(cap);
}

void GStack::reset(uint32_t slots) {
  if (slots == 0) {
    slots_.reset();
    size_ = 0;
    return;
  }
  slots_ = std::make_unique<Value[]>(slots);
  std::memset(static_cast<void*>(slots_.get()), 0, sizeof(Value) * slots);
  size_ = slots;
}

bool GStack::ensure(uint64_t needed, uint64_t max_slots) {
  if (needed <= size_) return true;
  if (needed > max_slots) return false;
  uint64_t n = size_;
  if (n == 0) n = std::max<uint64_t>(needed + kStackSlack, kMinStackSlots);  // a new G's first stack
  while (n < needed) n *= 2;
  if (n > max_slots) n = max_slots;
  auto fresh = std::make_unique<Value[]>(n);
  if (size_) std::memcpy(static_cast<void*>(fresh.get()), slots_.get(), sizeof(Value) * size_);
  std::memset(static_cast<void*>(fresh.get() + size_), 0, sizeof(Value) * (n - size_));
  slots_ = std::move(fresh);
  size_ = static_cast<uint32_t>(n);
  ++grows_;
  return true;
}

void GStack::shrink_to_fit(uint32_t used) {
  uint32_t n = size_;
  while (n / 2 >= kInitialStackSlots && used <= n / 4) n /= 2;
  if (n == size_) return;
  auto fresh = std::make_unique<Value[]>(n);
  std::memcpy(static_cast<void*>(fresh.get()), slots_.get(), sizeof(Value) * std::min(n, size_));
  slots_ = std::move(fresh);
  size_ = n;
}

}  // namespace gort::vm
