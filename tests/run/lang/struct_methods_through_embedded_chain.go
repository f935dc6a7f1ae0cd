package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string   { return a.Name + " makes a sound" }
func (a *Animal) SetName(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	Dog
	Age int
}

type Speaker interface{ Speak() string }

func main() {
	p := Puppy{Dog{Animal{"Rex"}, "lab"}, 1}
	fmt.Println(p.Speak(), "|", p.Animal.Speak(), "|", p.Dog.Animal.Name)
	p.SetName("Max")
	fmt.Println(p.Name, p.Dog.Name, p.Dog.Animal.Name)
	var s Speaker = p
	fmt.Println(s.Speak())
	s = p.Animal
	fmt.Println(s.Speak())
	s = &p
	fmt.Println(s.Speak())
	ps := []Speaker{p.Dog, p.Animal, &p.Dog}
	for _, x := range ps {
		fmt.Printf("%T: %s\n", x, x.Speak())
	}
}
