package nlp

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strings"
)

// LexEntry is one line of a lexicon data file.
//
// Lexicon files are plain text, one entry a line, fields separated by " | ";
// "[name]" lines open a section; "#" starts a comment line. Each entry keeps
// its file and line so that whoever interprets the fields can report
// file:line errors (vale-style rules as data, validated at load).
type LexEntry struct {
	File    string
	Line    int
	Section string
	Fields  []string
}

// Errorf returns an error prefixed with the entry's file:line.
func (e LexEntry) Errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", e.File, e.Line, fmt.Sprintf(format, args...))
}

// Field returns field i, or "" when the entry has fewer fields.
func (e LexEntry) Field(i int) string {
	if i < len(e.Fields) {
		return e.Fields[i]
	}
	return ""
}

// ParseLexicon parses a lexicon file's bytes; file names the source in errors.
func ParseLexicon(file string, data []byte) ([]LexEntry, error) {
	var out []LexEntry
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") || len(line) < 3 {
				return nil, fmt.Errorf("%s:%d: malformed section header %q", file, n, line)
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			continue
		}
		parts := strings.Split(line, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		if parts[0] == "" {
			return nil, fmt.Errorf("%s:%d: empty first field", file, n)
		}
		out = append(out, LexEntry{File: file, Line: n, Section: section, Fields: parts})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return out, nil
}

// LoadLexicon reads and parses one lexicon file from fsys (usually an embed.FS).
func LoadLexicon(fsys fs.FS, name string) ([]LexEntry, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	return ParseLexicon(name, data)
}
