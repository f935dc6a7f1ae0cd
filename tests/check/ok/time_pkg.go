package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(time.Duration(1500)*time.Millisecond, 2*time.Second+300*time.Millisecond)
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour))
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Seconds())

	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println(time.Since(start) >= 2*time.Millisecond)

	t := time.Date(2020, time.February, 28, 12, 0, 0, 0, time.UTC)
	t2 := t.Add(48 * time.Hour)
	fmt.Println(t2.Format("2006-01-02"), t2.Weekday(), t2.Month(), t2.Year(), t2.Day())
	fmt.Println(t2.Sub(t), t2.After(t), t.Before(t2), t.Equal(t))
	fmt.Println(t.Unix(), t.YearDay())

	timer := time.NewTimer(time.Millisecond)
	<-timer.C
	fmt.Println("timer fired")
	ticker := time.NewTicker(time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", ticks)
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("after")
	}
}
