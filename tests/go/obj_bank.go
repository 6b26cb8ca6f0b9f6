// A small bank: maps of struct pointers, maps of slices, delete while keeping indexes, custom
// error types with errors.As/Is, sort.Slice over map-derived keys, struct snapshots (copies
// that still share their slices' backing arrays).
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	ID      int
	Owner   string
	Balance float64
	History []Tx
}

type Tx struct {
	Kind   string
	Amount float64
}

type Bank struct {
	accounts map[int]*Account
	byOwner  map[string][]int
	nextID   int
}

var ErrNoFunds = errors.New("insufficient funds")

type NotFound struct{ ID int }

func (e NotFound) Error() string { return fmt.Sprintf("account %d not found", e.ID) }

func NewBank() *Bank {
	return &Bank{accounts: make(map[int]*Account), byOwner: map[string][]int{}, nextID: 1}
}

func (b *Bank) Open(owner string, initial float64) *Account {
	a := &Account{ID: b.nextID, Owner: owner, Balance: initial}
	a.History = append(a.History, Tx{"open", initial})
	b.accounts[a.ID] = a
	b.byOwner[owner] = append(b.byOwner[owner], a.ID)
	b.nextID++
	return a
}

func (b *Bank) get(id int) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, NotFound{id}
	}
	return a, nil
}

func (b *Bank) Transfer(from, to int, amt float64) error {
	src, err := b.get(from)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	dst, err := b.get(to)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer %d->%d: %w", from, to, ErrNoFunds)
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, Tx{"out", -amt})
	dst.History = append(dst.History, Tx{"in", amt})
	return nil
}

func (b *Bank) Close(id int) {
	a := b.accounts[id]
	delete(b.accounts, id)
	ids := b.byOwner[a.Owner]
	for i, x := range ids {
		if x == id {
			b.byOwner[a.Owner] = append(ids[:i], ids[i+1:]...)
			break
		}
	}
	if len(b.byOwner[a.Owner]) == 0 {
		delete(b.byOwner, a.Owner)
	}
}

func main() {
	bank := NewBank()
	for i, name := range []string{"ann", "bob", "cy", "ann", "dee", "bob"} {
		bank.Open(name, float64(100*(i+1)))
	}
	fmt.Println(bank.Transfer(1, 2, 50))
	fmt.Println(bank.Transfer(3, 1, 1000))
	err := bank.Transfer(1, 99, 1)
	var nf NotFound
	fmt.Println(err, errors.As(err, &nf), nf.ID, errors.Is(bank.Transfer(2, 1, 1e9), ErrNoFunds))
	bank.Close(4)
	bank.Close(3)

	ids := make([]int, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		kinds := []string{}
		for _, t := range a.History {
			kinds = append(kinds, t.Kind)
		}
		fmt.Printf("%d %-4s %8.2f %s\n", a.ID, a.Owner, a.Balance, strings.Join(kinds, ","))
	}
	fmt.Println(bank.byOwner)

	owners := []string{}
	for o := range bank.byOwner {
		owners = append(owners, o)
	}
	sort.Slice(owners, func(i, j int) bool {
		ti, tj := 0.0, 0.0
		for _, id := range bank.byOwner[owners[i]] {
			ti += bank.accounts[id].Balance
		}
		for _, id := range bank.byOwner[owners[j]] {
			tj += bank.accounts[id].Balance
		}
		return ti > tj
	})
	fmt.Println(owners)

	// Snapshot copies: struct values are independent of the bank's pointers.
	snap := map[int]Account{}
	for id, a := range bank.accounts {
		snap[id] = *a
	}
	bank.accounts[1].Balance = 0
	bank.accounts[1].History[0].Amount = -1
	fmt.Println(snap[1].Balance, snap[1].History[0].Amount, len(snap))
}

// Output:
// <nil>
// transfer 3->1: insufficient funds
// transfer: account 99 not found true 99 true
// 1 ann     50.00 open,out
// 2 bob    250.00 open,in
// 5 dee    500.00 open
// 6 bob    600.00 open
// map[ann:[1] bob:[2 6] dee:[5]]
// [bob dee ann]
// 50 -1 4
