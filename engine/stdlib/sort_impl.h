// engine/stdlib/sort_impl.h — Go 1.19's sort algorithms (sort/zsortfunc.go: pdqsort for
// Sort/Slice, insertion-sort blocks + SymMerge for Stable/SliceStable), ported line by line so
// that equal elements end up in exactly the order Go leaves them. D provides
// bool less(int64_t, int64_t) and void swap(int64_t, int64_t).
#pragma once
#include <cstdint>

namespace gort::stdlib::sortimpl {

enum Hint { kUnknown, kIncreasing, kDecreasing };

inline int bits_len(uint64_t x) { int n = 0; while (x) { ++n; x >>= 1; } return n; }

template <class D> void insertion_sort(D& d, int64_t a, int64_t b) {
  for (int64_t i = a + 1; i < b; i++)
    for (int64_t j = i; j > a && d.less(j, j - 1); j--) d.swap(j, j - 1);
}

template <class D> void sift_down(D& d, int64_t lo, int64_t hi, int64_t first) {
  int64_t root = lo;
  for (;;) {
    int64_t child = 2 * root + 1;
    if (child >= hi) break;
    if (child + 1 < hi && d.less(first + child, first + child + 1)) child++;
    if (!d.less(first + root, first + child)) return;
    d.swap(first + root, first + child);
    root = child;
  }
}

template <class D> void heap_sort(D& d, int64_t a, int64_t b) {
  int64_t first = a, lo = 0, hi = b - a;
  for (int64_t i = (hi - 1) / 2; i >= 0; i--) sift_down(d, i, hi, first);
  for (int64_t i = hi - 1; i >= 0; i--) {
    d.swap(first, first + i);
    sift_down(d, lo, i, first);
  }
}

template <class D> int64_t partition(D& d, int64_t a, int64_t b, int64_t pivot, bool* already) {
  d.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  while (i <= j && d.less(i, a)) i++;
  while (i <= j && !d.less(j, a)) j--;
  if (i > j) {
    d.swap(j, a);
    *already = true;
    return j;
  }
  d.swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && d.less(i, a)) i++;
    while (i <= j && !d.less(j, a)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  d.swap(j, a);
  *already = false;
  return j;
}

template <class D> int64_t partition_equal(D& d, int64_t a, int64_t b, int64_t pivot) {
  d.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !d.less(a, i)) i++;
    while (i <= j && d.less(a, j)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  return i;
}

template <class D> bool partial_insertion_sort(D& d, int64_t a, int64_t b) {
  const int max_steps = 5, shortest_shifting = 50;
  int64_t i = a + 1;
  for (int s = 0; s < max_steps; s++) {
    while (i < b && !d.less(i, i - 1)) i++;
    if (i == b) return true;
    if (b - a < shortest_shifting) return false;
    d.swap(i, i - 1);
    if (i - a >= 2) {
      for (int64_t j = i - 1; j >= 1; j--) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (int64_t j = i + 1; j < b; j++) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
  }
  return false;
}

template <class D> void break_patterns(D& d, int64_t a, int64_t b) {
  int64_t length = b - a;
  if (length >= 8) {
    uint64_t random = static_cast<uint64_t>(length);
    uint64_t modulus = uint64_t{1} << bits_len(static_cast<uint64_t>(length));
    for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
      random ^= random << 13;
      random ^= random >> 17;
      random ^= random << 5;
      int64_t other = static_cast<int64_t>(random & (modulus - 1));
      if (other >= length) other -= length;
      d.swap(idx, a + other);
    }
  }
}

template <class D> void order2(D& d, int64_t& a, int64_t& b, int* swaps) {
  if (d.less(b, a)) {
    (*swaps)++;
    int64_t t = a; a = b; b = t;
  }
}
template <class D> int64_t median(D& d, int64_t a, int64_t b, int64_t c, int* swaps) {
  order2(d, a, b, swaps);
  order2(d, b, c, swaps);
  order2(d, a, b, swaps);
  return b;
}
template <class D> int64_t median_adjacent(D& d, int64_t a, int* swaps) { return median(d, a - 1, a, a + 1, swaps); }

template <class D> int64_t choose_pivot(D& d, int64_t a, int64_t b, Hint* hint) {
  const int64_t shortest_ninther = 50;
  const int max_swaps = 4 * 3;
  int64_t l = b - a;
  int swaps = 0;
  int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= shortest_ninther) {
      i = median_adjacent(d, i, &swaps);
      j = median_adjacent(d, j, &swaps);
      k = median_adjacent(d, k, &swaps);
    }
    j = median(d, i, j, k, &swaps);
  }
  *hint = swaps == 0 ? kIncreasing : swaps == max_swaps ? kDecreasing : kUnknown;
  return j;
}

template <class D> void reverse_range(D& d, int64_t a, int64_t b) {
  for (int64_t i = a, j = b - 1; i < j; i++, j--) d.swap(i, j);
}

template <class D> void pdqsort(D& d, int64_t a, int64_t b, int limit) {
  const int64_t max_insertion = 12;
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    int64_t length = b - a;
    if (length <= max_insertion) {
      insertion_sort(d, a, b);
      return;
    }
    if (limit == 0) {
      heap_sort(d, a, b);
      return;
    }
    if (!was_balanced) {
      break_patterns(d, a, b);
      limit--;
    }
    Hint hint;
    int64_t pivot = choose_pivot(d, a, b, &hint);
    if (hint == kDecreasing) {
      reverse_range(d, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = kIncreasing;
    }
    if (was_balanced && was_partitioned && hint == kIncreasing) {
      if (partial_insertion_sort(d, a, b)) return;
    }
    if (a > 0 && !d.less(a - 1, pivot)) {
      a = partition_equal(d, a, b, pivot);
      continue;
    }
    bool already;
    int64_t mid = partition(d, a, b, pivot, &already);
    was_partitioned = already;
    int64_t left = mid - a, right = b - mid;
    int64_t balance = length / 8;
    if (left < right) {
      was_balanced = left >= balance;
      pdqsort(d, a, mid, limit);
      a = mid + 1;
    } else {
      was_balanced = right >= balance;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}

template <class D> void sort(D& d, int64_t n) {
  if (n <= 1) return;
  pdqsort(d, 0, n, bits_len(static_cast<uint64_t>(n)));
}

template <class D> void swap_range(D& d, int64_t a, int64_t b, int64_t n) {
  for (int64_t i = 0; i < n; i++) d.swap(a + i, b + i);
}

template <class D> void rotate(D& d, int64_t a, int64_t m, int64_t b) {
  int64_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(d, m - i, m, j);
      i -= j;
    } else {
      swap_range(d, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(d, m - i, m, i);
}

template <class D> void sym_merge(D& d, int64_t a, int64_t m, int64_t b) {
  if (m - a == 1) {
    int64_t i = m, j = b;
    while (i < j) {
      int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
      if (d.less(h, a)) i = h + 1; else j = h;
    }
    for (int64_t k = a; k < i - 1; k++) d.swap(k, k + 1);
    return;
  }
  if (b - m == 1) {
    int64_t i = a, j = m;
    while (i < j) {
      int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
      if (!d.less(m, h)) i = h + 1; else j = h;
    }
    for (int64_t k = m; k > i; k--) d.swap(k, k - 1);
    return;
  }
  int64_t mid = static_cast<int64_t>(static_cast<uint64_t>(a + b) >> 1);
  int64_t n = mid + m;
  int64_t start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  int64_t p = n - 1;
  while (start < r) {
    int64_t c = static_cast<int64_t>(static_cast<uint64_t>(start + r) >> 1);
    if (!d.less(p - c, c)) start = c + 1; else r = c;
  }
  int64_t end = n - start;
  if (start < m && m < end) rotate(d, start, m, end);
  if (a < start && start < mid) sym_merge(d, a, start, mid);
  if (mid < end && end < b) sym_merge(d, mid, end, b);
}

template <class D> void stable(D& d, int64_t n) {
  int64_t block = 20;
  int64_t a = 0, b = block;
  while (b <= n) {
    insertion_sort(d, a, b);
    a = b;
    b += block;
  }
  insertion_sort(d, a, n);
  while (block < n) {
    a = 0;
    b = 2 * block;
    while (b <= n) {
      sym_merge(d, a, a + block, b);
      a = b;
      b += 2 * block;
    }
    int64_t m = a + block;
    if (m < n) sym_merge(d, a, m, n);
    block *= 2;
  }
}

}  // namespace gort::stdlib::sortimpl
