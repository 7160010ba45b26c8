package pdf

import (
	"slices"
	"strings"
	"testing"
)

// glyphSketch lays out text as glyphs with a fixed advance of half the font
// size (a quarter for spaces). Spaces become space glyphs when drawSpaces
// is set, and are left as bare gaps otherwise, as pdfTeX does.
type glyphSketch struct {
	glyphs []glyph
}

func (s *glyphSketch) text(text string, x, y, size float64, drawSpaces bool) float64 {
	for _, r := range text {
		w := 0.5 * size
		if r == ' ' {
			w = 0.25 * size
			if !drawSpaces {
				x += w
				continue
			}
		}
		s.glyphs = append(s.glyphs, glyph{x: x, y: y, w: w, size: size, text: string(r), space: r == ' ', seq: len(s.glyphs)})
		x += w
	}
	return x
}

func nonEmpty(lines []string) []string {
	return slices.DeleteFunc(slices.Clone(lines), func(l string) bool { return l == "" })
}

func TestLayoutTwoColumnsMisalignedWithFullWidthHead(t *testing.T) {
	var s glyphSketch
	s.text("7", 500, 780, 9, true)                                // page number above the right column
	s.text("A Title That Spans Both Columns", 100, 740, 16, true) // full width
	s.text("Abstract text runs across the whole width of the page here.", 40, 710, 10, true)
	// Left column (x 40..270) and right column (x 300..530), baselines
	// offset by 5pt so that no row holds both columns.
	left := []string{"left one begins", "left two goes on", "left three ends the", "left four column"}
	right := []string{"right one continues", "right two and on", "right three more", "right four done."}
	for i, l := range left {
		s.text(l, 40, 680-float64(i)*12, 10, true)
	}
	for i, r := range right {
		s.text(r, 300, 675-float64(i)*12, 10, true)
	}
	got := nonEmpty(layoutPage(s.glyphs))
	want := []string{"7", "A Title That Spans Both Columns", "Abstract text runs across the whole width of the page here."}
	want = append(want, left...)
	want = append(want, right...)
	if !slices.Equal(got, want) {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLayoutWordsFromGaps(t *testing.T) {
	var s glyphSketch
	// No space glyphs: words are separated by gaps only.
	x := s.text("labor migration", 50, 700, 10, false)
	// Kerning: the next glyph is pulled 0.08 em to the left; no space.
	s.glyphs = append(s.glyphs, glyph{x: x - 0.8, y: 700, w: 5, size: 10, text: "s", seq: len(s.glyphs)})
	got := layoutPage(s.glyphs)
	if len(got) != 1 || got[0] != "labor migrations" {
		t.Errorf("lines = %q", got)
	}
}

func TestLayoutSuperscriptStaysInLine(t *testing.T) {
	var s glyphSketch
	x := s.text("Shapievich", 50, 700, 10, true)
	x = s.text("1", x, 703.5, 6, true) // raised, smaller footnote marker
	s.text(", Khamzina", x, 700, 10, true)
	s.text("next line", 50, 688, 10, true)
	got := layoutPage(s.glyphs)
	want := []string{"Shapievich1, Khamzina", "next line"}
	if !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

func TestLayoutParagraphBreakAndLigatures(t *testing.T) {
	var s glyphSketch
	s.text("The \uFB01rst paragraph ends", 50, 700, 10, true)
	s.text("here.", 50, 688, 10, true)
	s.text("A new one starts after a gap.", 50, 664, 10, true)
	got := layoutPage(s.glyphs)
	want := []string{"The first paragraph ends", "here.", "", "A new one starts after a gap."}
	if !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

func TestLayoutRotatedTextAfterMainText(t *testing.T) {
	var s glyphSketch
	s.text("main text line", 50, 700, 10, true)
	// A margin stamp running up the page: direction 1, in its own frame.
	for i, r := range "arXiv" {
		s.glyphs = append(s.glyphs, glyph{x: 300 + float64(i)*5, y: -20, w: 5, size: 10, text: string(r), dir: 1, seq: 100 + i})
	}
	got := layoutPage(s.glyphs)
	want := []string{"main text line", "", "arXiv"}
	if !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

func TestLayoutDropsOverprintedBold(t *testing.T) {
	var s glyphSketch
	s.text("Bold", 50, 700, 10, true)
	s.text("Bold", 50.3, 700, 10, true) // drawn again, offset by 0.3pt
	got := layoutPage(s.glyphs)
	if len(got) != 1 || got[0] != "Bold" {
		t.Errorf("lines = %q", got)
	}
}
