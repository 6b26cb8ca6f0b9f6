// sync.Cond: a queue with Signal/Broadcast, workers re-check under the lock after every Wait.

// Output:
