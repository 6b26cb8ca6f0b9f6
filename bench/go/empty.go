// The empty program: start-up and exit time.
package main

func main() {}
