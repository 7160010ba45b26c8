//go:build !unix

package legal

func cpuSeconds() float64 { return 0 }
