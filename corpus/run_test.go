package corpus

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/iotest"
)

// readAllLimited reads everything whatever the size hint says (a file may
// change between stat and read) and fails only past the limit.
func TestReadAllLimited(t *testing.T) {
	text := strings.Repeat("0123456789", 1000)
	for _, c := range []struct {
		name        string
		limit, size int64
		wantErr     error
	}{
		{"hint exact", 0, 10000, nil},
		{"hint short", 0, 10, nil},
		{"hint long", 0, 1 << 20, nil},
		{"no hint", 0, 0, nil},
		{"at the limit", 10000, 10000, nil},
		{"over the limit", 9999, 10000, errOverLimit},
		{"over the limit, hint short", 5000, 10, errOverLimit},
	} {
		t.Run(c.name, func(t *testing.T) {
			// One byte per read: the loop, not one lucky read, must do it.
			got, err := readAllLimited(iotest.OneByteReader(strings.NewReader(text)), c.limit, c.size)
			if !errors.Is(err, c.wantErr) {
				t.Fatalf("err = %v, want %v", err, c.wantErr)
			}
			if c.wantErr == nil && !bytes.Equal(got, []byte(text)) {
				t.Fatalf("read %d bytes, want %d", len(got), len(text))
			}
		})
	}
	if _, err := readAllLimited(iotest.ErrReader(errors.New("disk")), 0, 10); err == nil || err.Error() != "disk" {
		t.Fatalf("a read error is returned: got %v", err)
	}
}
