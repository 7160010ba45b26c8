package corpus

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
)

// AtomicFile is a file written through a temporary file in the same folder
// and renamed into place by Commit, so that a reader never sees a
// half-written file and an interrupted run leaves the previous file in
// place. Writes are buffered; Commit syncs once.
type AtomicFile struct {
	*bufio.Writer
	f      *os.File
	direct *os.File // the file opened for direct I/O, once a region wants it
	path   string
	done   bool
}

// CreateAtomic starts writing path (creating its folder).
func CreateAtomic(path string) (*AtomicFile, error) { return createAtomic(path, 1<<20) }

func createAtomic(path string, bufSize int) (*AtomicFile, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &AtomicFile{Writer: bufio.NewWriterSize(f, bufSize), f: f, path: path}, nil
}

// region returns a writer of the file from off on, which writes its
// aligned blocks with direct I/O where the system allows it (see
// blockWriter). Regions written in parallel must not overlap; neither
// may a region and the buffered Write.
func (a *AtomicFile) region(off int64) *blockWriter {
	if a.direct == nil {
		a.direct, _ = openDirect(a.f.Name()) // nil: through the cache
	}
	return newBlockWriter(a.f, a.direct, off, 2<<20)
}

// Sequential returns a writer of the file from its start that writes with
// direct I/O where the system allows it (see region): for a large file
// written front to back, such as a records file (1.5 GB at 10,000 papers),
// which through the page cache costs kernel time to write and a long Sync
// at Commit. Close it before Commit; do not mix it with Write.
func (a *AtomicFile) Sequential() io.WriteCloser { return a.region(0) }

// Commit flushes, syncs and renames the file into place.
func (a *AtomicFile) Commit() error {
	if a.done {
		return os.ErrClosed
	}
	a.done = true
	tmp := a.f.Name()
	defer os.Remove(tmp) // no-op after a successful rename
	if a.direct != nil {
		a.direct.Close()
	}
	if err := a.Flush(); err != nil {
		a.f.Close()
		return err
	}
	if err := a.f.Sync(); err != nil {
		a.f.Close()
		return err
	}
	if err := a.f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, a.path)
}

// Abort drops the temporary file (a no-op after Commit).
func (a *AtomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	if a.direct != nil {
		a.direct.Close()
	}
	a.f.Close()
	os.Remove(a.f.Name())
}

// WriteFileAtomic writes data to path through a temporary file in the same
// folder and a rename (see AtomicFile).
func WriteFileAtomic(path string, data []byte) error {
	a, err := createAtomic(path, 16) // data is written straight through
	if err != nil {
		return err
	}
	if _, err := a.Write(data); err != nil {
		a.Abort()
		return err
	}
	return a.Commit()
}
