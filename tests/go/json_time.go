package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name string        `json:"name"`
	At   time.Time     `json:"at"`
	When *time.Time    `json:"when,omitempty"`
	Dur  time.Duration `json:"dur"`
}

func main() {
	t := time.Date(2023, 5, 17, 10, 30, 0, 123000000, time.UTC)
	e := Event{"launch", t, &t, 90 * time.Second}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	var back Event
	fmt.Println(json.Unmarshal(b, &back), back.At.Equal(t), back.When.Year(), back.Dur)
	fmt.Println(json.Unmarshal([]byte(`{"at": "not a time"}`), &back))
	m := map[time.Month]int{time.March: 3}
	b, err = json.Marshal(m)
	fmt.Println(string(b), err)
}

// Output:
// {"name":"launch","at":"2023-05-17T10:30:00.123Z","when":"2023-05-17T10:30:00.123Z","dur":90000000000} <nil>
// <nil> true 2023 1m30s
// parsing time "\"not a time\"" as "\"2006-01-02T15:04:05Z07:00\"": cannot parse "not a time\"" as "2006"
// {"3":3} <nil>
