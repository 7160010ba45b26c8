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
	"syscall"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
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
		// A folder named through a symbolic link is walked (WalkDir does
		// not follow a link, even the root); links inside it are not.
		walkRoot := root
		if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 && !strings.HasSuffix(root, string(filepath.Separator)) {
			walkRoot = root + string(filepath.Separator)
		}
		err = filepath.WalkDir(walkRoot, func(p string, de fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, extract.RecordError{Path: p, Stage: "read", Message: describeOSError(err)})
				if de != nil && de.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := de.Name()
			if p != walkRoot && strings.HasPrefix(name, ".") {
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
		return "no such file or folder (a broken symbolic link?)"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied: make the file readable (chmod +r) or run as a user who can read it"
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop (the link leads back to itself): fix or remove the link"
	case errors.Is(err, syscall.EISDIR):
		return "is a folder, not a file"
	case errors.Is(err, errOverLimit):
		return "file grew over the size limit while it was being read"
	}
	// The path is already the entry's path: keep what went wrong.
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

// openInput opens an input; tests replace it to simulate what cannot be
// arranged as root (a file without read permission).
var openInput = os.Open

// readInput reads one input with a size cap, so that a huge file costs an
// error line rather than the machine's memory. Plain-text and Markdown
// inputs have their own, lower cap (maxText; <= 0: none): their whole size
// is text to ingest, while most of a PDF's bytes are fonts and images.
func readInput(in Input, maxBytes, maxText int64) ([]byte, *extract.RecordError) {
	fail := func(msg string) ([]byte, *extract.RecordError) {
		return nil, &extract.RecordError{Path: in.Path, Stage: "read", Message: msg}
	}
	format, ok := ingest.FormatOf(in.Path)
	if !ok {
		return fail(fmt.Sprintf("unsupported file type %q: claimgraph reads .pdf, .txt and .md files", filepath.Ext(in.Path)))
	}
	// A FIFO would block the worker on open, a device never end. (Stat,
	// not the listing's size: that of a symbolic link is the link's.)
	st, err := os.Stat(in.Path)
	if err != nil {
		return fail(describeOSError(err))
	}
	if !st.Mode().IsRegular() {
		return fail("not a regular file (a pipe, socket or device): copy the paper into a file")
	}
	size := st.Size()
	if maxBytes > 0 && size > maxBytes {
		return fail(fmt.Sprintf("file is %s, over the %s limit (--max-size)", mb(size), mb(maxBytes)))
	}
	limit := maxBytes
	if format != doc.FormatPDF && maxText > 0 {
		if size > maxText {
			return fail(fmt.Sprintf("text file is %s, over the %s limit for one document's text (a paper has well under 1 MB): split it into separate documents", mb(size), mb(maxText)))
		}
		if limit <= 0 || maxText < limit {
			limit = maxText
		}
	}
	f, err := openInput(in.Path)
	if err != nil {
		return fail(describeOSError(err))
	}
	defer f.Close()
	data, err := readAllLimited(f, limit, size)
	if err != nil {
		return fail(describeOSError(err))
	}
	return data, nil
}

// mb writes a size for a message, in MB, or in bytes under 1 MB.
func mb(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%d MB", n>>20)
}
