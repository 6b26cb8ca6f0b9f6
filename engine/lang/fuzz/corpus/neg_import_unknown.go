package main
import "net/http"
func main() {}
