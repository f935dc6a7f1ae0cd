package main

import "fmt"

type User struct {
	Name string `json:"name"` // ERROR "not supported by goji"
}

func main() {
	fmt.Println(User{Name: "x"}.Name)
}
