package corpus

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/extract"
)

// WriteRecords writes records as JSON lines, one document a line: the
// serializable boundary between the per-document half (map) and the
// cross-document half (reduce).
func WriteRecords(w io.Writer, recs []*extract.Record) error {
	bw := bufio.NewWriter(w)
	var line []byte
	for _, r := range recs {
		if r == nil {
			continue
		}
		var err error
		if line, err = AppendRecord(line[:0], r); err != nil {
			return err
		}
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// AppendRecord appends one record's JSON line (newline included), as
// WriteRecords writes it.
func AppendRecord(dst []byte, r *extract.Record) ([]byte, error) {
	return r.AppendJSONLine(dst)
}

// ReadRecords reads JSON-lines records, in their order; a bad line or one
// of an unknown schema is an error naming the line (EachRecord).
func ReadRecords(r io.Reader, name string) ([]*extract.Record, error) {
	var mu sync.Mutex
	var out []*extract.Record
	n, err := EachRecord(r, name, 0, func(i int, rec *extract.Record) error {
		mu.Lock()
		defer mu.Unlock()
		if i >= len(out) {
			out = append(out, make([]*extract.Record, i+1-len(out))...)
		}
		out[i] = rec
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out[:n], nil
}

// EachRecord reads JSON-lines records and hands each to fn with its index
// among the records of r; it returns how many it read. Reading holds a few
// records at a time. The lines are decoded on workers goroutines (0: one
// per CPU): decoding is most of a reduce from records files (1.5 GB of
// JSON at 10,000 papers), and one CPU read them at 30 MB/s. So fn is called
// concurrently, each record once, in no set order. Blank lines are
// skipped. On a bad line the read stops, and the error names the first
// bad line (the lines before it are all handed to fn).
func EachRecord(r io.Reader, name string, workers int, fn func(i int, rec *extract.Record) error) (int, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type line struct {
		no, index int // line number, record index
		buf       *[]byte
	}
	lines := make(chan line, 2*workers)
	// Line buffers are reused: a record keeps no byte of its line (the
	// decoder copies strings and raw attrs).
	bufs := sync.Pool{New: func() any { return new([]byte) }}
	var mu sync.Mutex
	errLine, firstErr := 0, error(nil)
	fail := func(no int, err error) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr == nil || no < errLine {
			errLine, firstErr = no, err
		}
	}
	failed := func() bool {
		mu.Lock()
		defer mu.Unlock()
		return firstErr != nil
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for l := range lines {
				var rec extract.Record
				err := rec.ReadJSONLine(*l.buf)
				bufs.Put(l.buf)
				if err == nil && rec.Schema != extract.RecordSchema {
					err = fmt.Errorf("schema %q, want %q", rec.Schema, extract.RecordSchema)
				}
				if err == nil {
					err = fn(l.index, &rec)
				}
				if err != nil {
					fail(l.no, fmt.Errorf("%s: line %d: %w", name, l.no, err))
				}
			}
		})
	}
	br := bufio.NewReaderSize(r, 1<<20)
	n := 0
	var readErr error
	for no := 1; !failed(); no++ {
		buf := bufs.Get().(*[]byte)
		b, err := readLine(br, (*buf)[:0])
		*buf = b
		if len(bytes.TrimSpace(b)) > 0 {
			lines <- line{no, n, buf}
			n++
		} else {
			bufs.Put(buf)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			readErr = fmt.Errorf("%s: line %d: %w", name, no, err)
			break
		}
	}
	close(lines)
	wg.Wait()
	if firstErr != nil {
		return n, firstErr
	}
	return n, readErr
}

// readLine appends the next line of br (without its newline) to dst;
// io.EOF after the last line.
func readLine(br *bufio.Reader, dst []byte) ([]byte, error) {
	for {
		chunk, err := br.ReadSlice('\n')
		dst = append(dst, chunk...)
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return dst[:len(dst)-1], nil
		default:
			return dst, err
		}
	}
}

// Cache keeps records keyed by the input's sha256, the pipeline version and
// the extraction settings, so re-running after adding one paper re-extracts
// only that paper, and a record of other bytes, another pipeline version or
// other settings is never served.
type Cache struct {
	dir      string
	settings string
}

// NewCache opens (creating) a cache folder for records made with settings
// (a string describing every option that changes extraction).
func NewCache(dir, settings string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Cache{dir: dir, settings: settings}, nil
}

func (c *Cache) path(sum string) string {
	h := sha256.Sum256([]byte(sum + "\x00" + extract.PipelineVersion + "\x00" + extract.RecordSchema + "\x00" + c.settings))
	k := hex.EncodeToString(h[:])
	return filepath.Join(c.dir, k[:2], k+".json")
}

// Get returns the cached record for input bytes with this sha256, or nil.
func (c *Cache) Get(sum, path string) *extract.Record {
	data, err := os.ReadFile(c.path(sum))
	if err != nil {
		return nil
	}
	var rec extract.Record
	if rec.ReadJSONLine(data) != nil || rec.Pipeline != extract.PipelineVersion || rec.Document.SHA256 != sum {
		return nil
	}
	// The same bytes may have moved: the record names the current path.
	rec.Document.Path = path
	if rec.Error != nil {
		rec.Error.Path = path
	}
	return &rec
}

// Put stores a record; records of inputs that could not be read are not
// cached (the next run should try again).
func (c *Cache) Put(rec *extract.Record) error {
	if rec.Document.SHA256 == "" || rec.Error != nil && !rec.Error.Partial && strings.HasPrefix(rec.Error.Message, "stopped") {
		return nil
	}
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	p := c.path(rec.Document.SHA256)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return WriteFileAtomic(p, data)
}

// Len counts cached records (for tests and the summary).
func (c *Cache) Len() int {
	n := 0
	filepath.WalkDir(c.dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") {
			n++
		}
		return nil
	})
	return n
}
