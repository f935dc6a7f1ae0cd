package main

import "fmt"

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"banana split", 12, 4.25}, {"kiwi", 100, 12}}
	fmt.Printf("%-14s|%5s|%8s\n", "NAME", "QTY", "PRICE")
	total := 0.0
	for _, r := range rows {
		fmt.Printf("%-14s|%5d|%8.2f\n", r.Name, r.Qty, r.Price)
		total += float64(r.Qty) * r.Price
	}
	fmt.Printf("%-14s|%5s|%8.2f\n", "total", "", total)
	fmt.Printf("%s\n", fmt.Sprintf("%03d-%02d", 7, 5))
}
