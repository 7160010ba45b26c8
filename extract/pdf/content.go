package pdf

import (
	"context"
	"fmt"
	"io"
	"math"
	"unicode"

	lpdf "github.com/ledongthuc/pdf"
)

// This file interprets page content streams into positioned glyphs. It
// replaces the library's Page.Content because that one, beyond the font
// gaps listed in font.go, ignores word spacing (Tw), form XObjects (where
// some producers put all text), and inline images (whose bytes it parses
// as operators); re-parses a font's CMap on every Tf; and can be neither
// size-capped nor interrupted. The library still does the file structure:
// xref, objects, stream filters and decryption.

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: m applied first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translation(tx, ty float64) matrix { return matrix{1, 0, 0, 1, tx, ty} }

// glyph is one drawn character in the reading frame of its direction:
// x grows along the text, y grows up the page (baseline origin).
type glyph struct {
	x, y  float64
	w     float64 // advance width, >= 0
	size  float64 // font size in user space units
	text  string
	space bool  // white space: a word boundary, not a visible glyph
	dir   uint8 // 0, 1, 2, 3: text runs at 0°, 90°, 180°, 270°
	seq   int   // drawing order, to keep sorts stable
}

type graphicsState struct {
	ctm         matrix
	font        *font
	fontSize    float64
	charSpacing float64
	wordSpacing float64
	hScale      float64
	leading     float64
	rise        float64
}

// Limits on hostile or broken content.
const (
	maxGraphicsStack = 256
	maxFormDepth     = 8
	maxOperands      = 1 << 12
	deadlineEvery    = 1 << 12 // operators between deadline checks
	// maxPageGlyphs bounds the glyphs of one page; a dense page has some
	// ten thousand.
	maxPageGlyphs = 2_000_000
)

// document holds what pages share while one PDF is read.
type document struct {
	ctx      context.Context
	reader   *lpdf.Reader
	maxBytes int64
	fonts    map[string]*font // by the font dictionary's printed form
}

// pageInterpreter turns one page's content into glyphs.
type pageInterpreter struct {
	doc     *document
	budget  int64 // decompressed bytes this page may still read
	box     [4]float64
	hasBox  bool
	glyphs  []glyph
	tooMany bool // more than maxPageGlyphs were drawn
	ops     int
	gs      graphicsState
	stack   []graphicsState
	tm, tlm matrix
}

// resourceScope is a resource dictionary with the fonts already looked up
// in it, so that a Tf repeated on every line costs a map lookup.
type resourceScope struct {
	res   lpdf.Value
	fonts map[string]*font
}

func newResourceScope(res lpdf.Value) *resourceScope {
	return &resourceScope{res: res, fonts: map[string]*font{}}
}

// readStream decodes a stream, charging its size to the page budget.
func (pi *pageInterpreter) readStream(v lpdf.Value) ([]byte, error) {
	return pi.readStreamPrefix(v, -1)
}

// readStreamPrefix decodes at most the first n bytes of a stream (all of it
// when n < 0), charging their size to the page budget.
func (pi *pageInterpreter) readStreamPrefix(v lpdf.Value, n int64) ([]byte, error) {
	if err := checkColumns(v); err != nil {
		return nil, err
	}
	rc := v.Reader()
	defer rc.Close()
	limit := pi.budget + 1
	partial := n >= 0 && n < limit
	if partial {
		limit = n
	}
	data, err := io.ReadAll(io.LimitReader(rc, limit))
	if !partial && int64(len(data)) > pi.budget {
		return nil, fmt.Errorf("%w: page content decompresses to more than %s (a decompression bomb?)", ErrTooLarge, sizeString(pi.doc.maxBytes))
	}
	pi.budget -= int64(len(data))
	if err != nil && len(data) == 0 {
		return nil, fmt.Errorf("%w: cannot decode stream: %v", ErrMalformed, err)
	}
	// A stream cut short (bad /Length, truncated file) keeps what was read.
	return data, nil
}

// checkColumns rejects a stream whose predictor parameters would make the
// library allocate rows of unbounded size.
func checkColumns(v lpdf.Value) error {
	check := func(p lpdf.Value) error {
		if p.Kind() != lpdf.Dict {
			return nil
		}
		if c := p.Key("Columns"); c.Kind() != lpdf.Null && (c.Int64() < 0 || c.Int64() > maxColumns) {
			return fmt.Errorf("%w: predictor with %d columns", ErrMalformed, c.Int64())
		}
		return nil
	}
	p := v.Key("DecodeParms")
	if p.Kind() != lpdf.Array {
		return check(p)
	}
	for i := 0; i < p.Len(); i++ {
		if err := check(p.Index(i)); err != nil {
			return err
		}
	}
	return nil
}

// readContents reads a page's or form's content: one stream or an array.
func (pi *pageInterpreter) readContents(v lpdf.Value) ([]byte, error) {
	if v.Kind() == lpdf.Stream {
		return pi.readStream(v)
	}
	var all []byte
	for i := 0; i < v.Len(); i++ {
		part, err := pi.readStream(v.Index(i))
		if err != nil {
			return nil, err
		}
		all = append(all, part...)
		all = append(all, '\n') // streams of an array split at token boundaries
	}
	return all, nil
}

// run interprets the page.
func (pi *pageInterpreter) run(page lpdf.Value) error {
	pi.gs = graphicsState{ctm: identity, hScale: 1}
	if box := inherited(page, "CropBox"); box.Len() == 4 {
		pi.setBox(box)
	} else if box := inherited(page, "MediaBox"); box.Len() == 4 {
		pi.setBox(box)
	}
	data, err := pi.readContents(page.Key("Contents"))
	if err != nil {
		return err
	}
	if err := pi.interpret(data, newResourceScope(inherited(page, "Resources")), 0); err != nil {
		return err
	}
	if pi.tooMany {
		return fmt.Errorf("%w: a page draws more than %d characters", ErrTooLarge, maxPageGlyphs)
	}
	return nil
}

func (pi *pageInterpreter) setBox(box lpdf.Value) {
	x0, y0, x1, y1 := box.Index(0).Float64(), box.Index(1).Float64(), box.Index(2).Float64(), box.Index(3).Float64()
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	if x1-x0 > 1 && y1-y0 > 1 {
		pi.box = [4]float64{x0, y0, x1, y1}
		pi.hasBox = true
	}
}

// inherited looks a page attribute up the page tree. The depth bound
// guards against Parent cycles, which would make the library loop forever.
func inherited(page lpdf.Value, key string) lpdf.Value {
	v := page
	for range 64 {
		if v.Kind() != lpdf.Dict {
			break
		}
		if x := v.Key(key); !x.IsNull() {
			return x
		}
		v = v.Key("Parent")
	}
	return lpdf.Value{}
}

func (pi *pageInterpreter) interpret(data []byte, resources *resourceScope, depth int) error {
	lx := contentLexer{data: data}
	var args []operand
	for {
		op, kw, ok := lx.next()
		if !ok {
			return nil
		}
		if kw == "" {
			if len(args) >= maxOperands {
				args = args[:0] // junk: no operator takes this many
			}
			args = append(args, op)
			continue
		}
		pi.ops++
		if pi.ops%deadlineEvery == 0 {
			if err := pi.doc.ctx.Err(); err != nil {
				return err
			}
		}
		if err := pi.do(kw, args, &lx, resources, depth); err != nil {
			return err
		}
		args = args[:0]
	}
}

func nums(args []operand, n int) ([]float64, bool) {
	if len(args) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i, a := range args[len(args)-n:] {
		if a.kind != opNumber {
			return nil, false
		}
		out[i] = a.num
	}
	return out, true
}

func num(args []operand) (float64, bool) {
	v, ok := nums(args, 1)
	if !ok {
		return 0, false
	}
	return v[0], true
}

// do executes one operator; malformed operands make it a no-op, as in
// viewers.
func (pi *pageInterpreter) do(op string, args []operand, lx *contentLexer, resources *resourceScope, depth int) error {
	g := &pi.gs
	switch op {
	case "q":
		if len(pi.stack) < maxGraphicsStack {
			pi.stack = append(pi.stack, *g)
		}
	case "Q":
		if n := len(pi.stack); n > 0 {
			*g = pi.stack[n-1]
			pi.stack = pi.stack[:n-1]
		}
	case "cm":
		if v, ok := nums(args, 6); ok {
			g.ctm = matrix(v).mul(g.ctm)
		}
	case "BT":
		pi.tm, pi.tlm = identity, identity
	case "Tc":
		if v, ok := num(args); ok {
			g.charSpacing = v
		}
	case "Tw":
		if v, ok := num(args); ok {
			g.wordSpacing = v
		}
	case "Tz":
		if v, ok := num(args); ok {
			g.hScale = v / 100
		}
	case "TL":
		if v, ok := num(args); ok {
			g.leading = v
		}
	case "Ts":
		if v, ok := num(args); ok {
			g.rise = v
		}
	case "Tf":
		if len(args) >= 2 && args[len(args)-2].kind == opName && args[len(args)-1].kind == opNumber {
			f, err := pi.font(resources, args[len(args)-2].str)
			if err != nil {
				return err
			}
			g.font = f
			g.fontSize = args[len(args)-1].num
		}
	case "Td", "TD":
		if v, ok := nums(args, 2); ok {
			if op == "TD" {
				g.leading = -v[1]
			}
			pi.tlm = translation(v[0], v[1]).mul(pi.tlm)
			pi.tm = pi.tlm
		}
	case "Tm":
		if v, ok := nums(args, 6); ok {
			pi.tlm = matrix(v)
			pi.tm = pi.tlm
		}
	case "T*":
		pi.nextLine()
	case "Tj":
		if len(args) > 0 && args[len(args)-1].kind == opString {
			pi.show(args[len(args)-1].str)
		}
	case "'":
		pi.nextLine()
		if len(args) > 0 && args[len(args)-1].kind == opString {
			pi.show(args[len(args)-1].str)
		}
	case "\"":
		if len(args) >= 3 && args[len(args)-1].kind == opString {
			if v, ok := nums(args[:len(args)-1], 2); ok {
				g.wordSpacing, g.charSpacing = v[0], v[1]
			}
			pi.nextLine()
			pi.show(args[len(args)-1].str)
		}
	case "TJ":
		if len(args) > 0 && args[len(args)-1].kind == opArray {
			for _, el := range args[len(args)-1].arr {
				switch el.kind {
				case opString:
					pi.show(el.str)
				case opNumber:
					tx := -el.num / 1000 * g.fontSize * g.hScale
					pi.tm = translation(tx, 0).mul(pi.tm)
				}
			}
		}
	case "BI":
		lx.skipInlineImage()
	case "Do":
		if len(args) > 0 && args[len(args)-1].kind == opName && depth < maxFormDepth {
			return pi.form(resources, args[len(args)-1].str, depth)
		}
	}
	return nil
}

func (pi *pageInterpreter) nextLine() {
	pi.tlm = translation(0, -pi.gs.leading).mul(pi.tlm)
	pi.tm = pi.tlm
}

// form draws a form XObject: its content in its own coordinates and
// resources.
func (pi *pageInterpreter) form(resources *resourceScope, name string, depth int) error {
	xobj := resources.res.Key("XObject").Key(name)
	if xobj.Kind() != lpdf.Stream || xobj.Key("Subtype").Name() != "Form" {
		return nil
	}
	data, err := pi.readStream(xobj)
	if err != nil {
		return err
	}
	saved, savedStack := pi.gs, len(pi.stack)
	savedTm, savedTlm := pi.tm, pi.tlm
	if v := xobj.Key("Matrix"); v.Len() == 6 {
		var m matrix
		for i := range m {
			m[i] = v.Index(i).Float64()
		}
		pi.gs.ctm = m.mul(pi.gs.ctm)
	}
	formRes := resources
	if res := xobj.Key("Resources"); res.Kind() == lpdf.Dict {
		formRes = newResourceScope(res)
	}
	err = pi.interpret(data, formRes, depth+1)
	pi.gs, pi.stack = saved, pi.stack[:min(savedStack, len(pi.stack))]
	pi.tm, pi.tlm = savedTm, savedTlm
	return err
}

// font returns the font a resource name stands for, decoding each font
// dictionary once per document.
func (pi *pageInterpreter) font(resources *resourceScope, name string) (*font, error) {
	if f, ok := resources.fonts[name]; ok {
		return f, nil
	}
	v := resources.res.Key("Font").Key(name)
	if v.Kind() != lpdf.Dict {
		resources.fonts[name] = nil // unknown font: its text is skipped
		return nil, nil
	}
	key := v.String()
	f, ok := pi.doc.fonts[key]
	if !ok {
		var err error
		if f, err = loadFont(v, pi.readStreamPrefix); err != nil {
			return nil, err
		}
		pi.doc.fonts[key] = f
	}
	resources.fonts[name] = f
	return f, nil
}

// show draws a string with the current font, emitting one glyph per code.
func (pi *pageInterpreter) show(s string) {
	g := &pi.gs
	f := g.font
	if f == nil {
		return
	}
	f.decode(s, func(fg fontGlyph) {
		// Text rendering matrix: font size, horizontal scaling and rise
		// in text space, then the text and current transformation matrices.
		trm := matrix{g.fontSize * g.hScale, 0, 0, g.fontSize, 0, g.rise}.mul(pi.tm).mul(g.ctm)
		if fg.text != "" {
			pi.emit(trm, fg)
		}
		tx := fg.width*g.fontSize + g.charSpacing
		if fg.wordSpace {
			tx += g.wordSpacing
		}
		pi.tm = translation(tx*g.hScale, 0).mul(pi.tm)
	})
}

func (pi *pageInterpreter) emit(trm matrix, fg fontGlyph) {
	if len(pi.glyphs) >= maxPageGlyphs {
		pi.tooMany = true
		return
	}
	x, y := trm[4], trm[5]
	size := math.Hypot(trm[2], trm[3])
	along := math.Hypot(trm[0], trm[1])
	if size < 0.5 || size > 2000 || math.IsNaN(x+y+size+along) || math.IsInf(x+y+size+along, 0) {
		return // invisible or degenerate text
	}
	if pi.hasBox {
		const margin = 5
		if x < pi.box[0]-margin || x > pi.box[2]+margin || y < pi.box[1]-margin || y > pi.box[3]+margin {
			return // text outside the page is not shown
		}
	}
	w := abs(fg.width * along)
	// Quantize the baseline direction to a quarter turn and rotate the
	// position so that the text runs along +x with lines stacking down.
	var dir uint8
	switch angle := math.Atan2(trm[1], trm[0]) * 180 / math.Pi; {
	case angle > -45 && angle <= 45:
		dir = 0
	case angle > 45 && angle <= 135:
		dir, x, y = 1, y, -x
	case angle > 135 || angle <= -135:
		dir, x, y = 2, -x, -y
	default:
		dir, x, y = 3, -y, x
	}
	pi.glyphs = append(pi.glyphs, glyph{
		x: x, y: y, w: w, size: size,
		text:  fg.text,
		space: isBlank(fg.text),
		dir:   dir,
		seq:   len(pi.glyphs),
	})
}

func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}
