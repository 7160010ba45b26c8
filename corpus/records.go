package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

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

// ReadRecords reads JSON-lines records; a line of an unknown schema or
// pipeline version is an error naming the line.
func ReadRecords(r io.Reader, name string) ([]*extract.Record, error) {
	var out []*extract.Record
	err := EachRecord(r, name, func(rec *extract.Record) error {
		out = append(out, rec)
		return nil
	})
	return out, err
}

// EachRecord reads JSON-lines records one at a time, handing each to fn
// (which may keep it or not): reading a records file holds one record.
func EachRecord(r io.Reader, name string, fn func(*extract.Record) error) error {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	for line := 1; ; line++ {
		var rec extract.Record
		err := dec.Decode(&rec)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: record %d: %w", name, line, err)
		}
		if rec.Schema != extract.RecordSchema {
			return fmt.Errorf("%s: record %d: schema %q, want %q", name, line, rec.Schema, extract.RecordSchema)
		}
		if err := fn(&rec); err != nil {
			return err
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
	if json.Unmarshal(data, &rec) != nil || rec.Pipeline != extract.PipelineVersion || rec.Document.SHA256 != sum {
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
