// Package iter: Go 1.23's iterator types (Seq, Seq2) and Pull/Pull2.
//
// Go runs a pulled iterator as a coroutine (runtime.coroswitch). Here the coroutine is a
// goroutine and two unbuffered channels that hand control back and forth, so exactly one of
// the caller and the iterator runs at a time, as with Go's coroutines. Differences: the
// iterator's goroutine exists (runtime.NumGoroutine counts it) until it ends, and one that is
// neither exhausted nor stopped stays parked until the program exits (Go collects it).
package iter

import "runtime"

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// coro: the iterator side runs f on its own goroutine, started by the first resume.
type coro struct {
	in, out chan struct{}
	started bool
	f       func(c *coro)
}

// resume runs the coroutine until it yields or ends (the caller's side of coroswitch).
func (c *coro) resume() {
	if !c.started {
		c.started = true
		go func() {
			// Also after runtime.Goexit in the iterator: the caller waits for this.
			defer func() { c.out <- struct{}{} }()
			<-c.in
			c.f(c)
		}()
	}
	c.in <- struct{}{}
	<-c.out
}

// suspend gives control back to the caller until the next resume (the iterator's side).
func (c *coro) suspend() {
	c.out <- struct{}{}
	<-c.in
}

type goexitValue struct{}

// Pull converts the "push-style" iterator sequence seq into a "pull-style" iterator accessed
// by the two functions next and stop (Go 1.23 semantics).
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var (
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool
		panicValue any
	)
	c := &coro{in: make(chan struct{}), out: make(chan struct{})}
	c.f = func(c *coro) {
		if done {
			return
		}
		yield := func(v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			yieldNext = false
			v, ok = v1, true
			c.suspend()
			return !done
		}
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexitValue{}
			}
			done = true
		}()
		seq(yield)
		var v0 V
		v, ok = v0, false
		seqDone = true
	}
	propagate := func() {
		if panicValue != nil {
			if _, isExit := panicValue.(goexitValue); isExit {
				runtime.Goexit()
			}
			panic(panicValue)
		}
	}
	next = func() (v1 V, ok1 bool) {
		if done {
			return
		}
		if yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		yieldNext = true
		c.resume()
		propagate()
		return v, ok
	}
	stop = func() {
		if !done {
			done = true
			c.resume()
			propagate()
		}
	}
	return next, stop
}

// Pull2 converts the "push-style" iterator sequence seq into a "pull-style" iterator accessed
// by the two functions next and stop (Go 1.23 semantics).
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var (
		k          K
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool
		panicValue any
	)
	c := &coro{in: make(chan struct{}), out: make(chan struct{})}
	c.f = func(c *coro) {
		if done {
			return
		}
		yield := func(k1 K, v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			yieldNext = false
			k, v, ok = k1, v1, true
			c.suspend()
			return !done
		}
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexitValue{}
			}
			done = true
		}()
		seq(yield)
		var k0 K
		var v0 V
		k, v, ok = k0, v0, false
		seqDone = true
	}
	propagate := func() {
		if panicValue != nil {
			if _, isExit := panicValue.(goexitValue); isExit {
				runtime.Goexit()
			}
			panic(panicValue)
		}
	}
	next = func() (k1 K, v1 V, ok1 bool) {
		if done {
			return
		}
		if yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		yieldNext = true
		c.resume()
		propagate()
		return k, v, ok
	}
	stop = func() {
		if !done {
			done = true
			c.resume()
			propagate()
		}
	}
	return next, stop
}
