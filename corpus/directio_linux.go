package corpus

import (
	"os"
	"syscall"
)

// openDirect opens path for reading and writing with direct I/O (see
// blockWriter).
func openDirect(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR|syscall.O_DIRECT, 0)
}

// mapBuffer returns an empty buffer of capacity n outside the Go heap (nil
// if the system refuses); unmapBuffer releases it.
func mapBuffer(n int) []byte {
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil
	}
	return b[:0]
}

func unmapBuffer(b []byte) { syscall.Munmap(b[:cap(b)]) }
