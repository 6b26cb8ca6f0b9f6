// Two classic mutex exercises: bank transfers between accounts locked in a fixed order (no
// deadlock, money conserved), and dining philosophers with ordered forks; all counts are
// deterministic.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int) bool {
	first, second := from, to
	if to.ID < from.ID {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accts := make([]*Account, 5)
	for i := range accts {
		accts[i] = &Account{ID: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var okMu sync.Mutex
	ok := 0
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				from := accts[(g+i)%5]
				to := accts[(g+2*i+1)%5]
				if from == to {
					continue
				}
				if transfer(from, to, (i%7)*10) {
					okMu.Lock()
					ok++
					okMu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total", total, "transfers > 0:", ok > 0)

	const n = 5
	forks := make([]sync.Mutex, n)
	meals := make([]int, n)
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			left, right := p, (p+1)%n
			if left > right {
				left, right = right, left
			}
			for m := 0; m < 100; m++ {
				forks[left].Lock()
				forks[right].Lock()
				meals[p]++
				forks[right].Unlock()
				forks[left].Unlock()
			}
		}(p)
	}
	wg.Wait()
	fmt.Println("meals", meals)
}

// Output:
// total 5000 transfers > 0: true
// meals [100 100 100 100 100]
