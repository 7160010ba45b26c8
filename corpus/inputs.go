// Package corpus loads a corpus, runs the per-document pipeline over it in
// parallel, and reduces the per-document records into one claims graph
// (linking, bibliography, reconciliation). It reads only records, never the
// texts, once extraction is done.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/ingest"
)

// companionExts are files that live beside papers in a corpus folder
// (manifests, exported bibliographies) and are skipped without an error.
var companionExts = map[string]bool{
	".json": true, ".jsonl": true, ".yaml": true, ".yml": true, ".bib": true, ".csv": true,
	".tsv": true, ".xml": true, ".log": true, ".sha256": true,
}

// Input is one file to process.
type Input struct {
	Path string
	Size int64
}

// Collect expands the command-line paths (files and folders, walked
// recursively in lexical order) into inputs. Problems with single paths are
// returned as per-input errors, never as a failure of the whole run: a
// missing file, an unsupported type named explicitly, an unreadable folder.
func Collect(paths []string) ([]Input, []extract.RecordError) {
	var ins []Input
	var errs []extract.RecordError
	seen := map[string]bool{}
	add := func(p string, size int64) {
		if !seen[p] {
			seen[p] = true
			ins = append(ins, Input{Path: p, Size: size})
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			errs = append(errs, extract.RecordError{Path: root, Stage: "read", Message: describeOSError(err)})
			continue
		}
		if !info.IsDir() {
			add(root, info.Size())
			continue
		}
		err = filepath.WalkDir(root, func(p string, de fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, extract.RecordError{Path: p, Stage: "read", Message: describeOSError(err)})
				if de != nil && de.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := de.Name()
			if p != root && strings.HasPrefix(name, ".") {
				if de.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if de.IsDir() {
				return nil
			}
			// Symlinks to folders are not followed (no loops); links to
			// files are read like files.
			if de.Type()&fs.ModeSymlink != 0 {
				st, err := os.Stat(p)
				if err != nil {
					errs = append(errs, extract.RecordError{Path: p, Stage: "read", Message: describeOSError(err)})
					return nil
				}
				if st.IsDir() {
					return nil
				}
			}
			if companionExts[strings.ToLower(filepath.Ext(name))] {
				return nil
			}
			info, err := de.Info()
			if err != nil {
				errs = append(errs, extract.RecordError{Path: p, Stage: "read", Message: describeOSError(err)})
				return nil
			}
			add(p, info.Size())
			return nil
		})
		if err != nil {
			errs = append(errs, extract.RecordError{Path: root, Stage: "read", Message: describeOSError(err)})
		}
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].Path < ins[j].Path })
	return ins, errs
}

func describeOSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied: make the file readable (chmod +r) or run as a user who can read it"
	}
	return err.Error()
}

// readInput reads one input with a size cap, so that a huge file costs an
// error line rather than the machine's memory.
func readInput(in Input, maxBytes int64) ([]byte, *extract.RecordError) {
	if _, ok := ingest.FormatOf(in.Path); !ok {
		return nil, &extract.RecordError{Path: in.Path, Stage: "read", Message: fmt.Sprintf("unsupported file type %q: claimgraph reads .pdf, .txt and .md files", filepath.Ext(in.Path))}
	}
	if maxBytes > 0 && in.Size > maxBytes {
		return nil, &extract.RecordError{Path: in.Path, Stage: "read", Message: fmt.Sprintf("file is %d MB, over the %d MB limit (--max-size)", in.Size>>20, maxBytes>>20)}
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return nil, &extract.RecordError{Path: in.Path, Stage: "read", Message: describeOSError(err)}
	}
	defer f.Close()
	data, err := readAllLimited(f, maxBytes)
	if err != nil {
		return nil, &extract.RecordError{Path: in.Path, Stage: "read", Message: describeOSError(err)}
	}
	return data, nil
}
