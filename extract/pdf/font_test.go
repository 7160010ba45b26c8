package pdf

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// pageWithFont is a one-page PDF drawing content with font object 5 as /F1;
// further objects are numbered from 6.
func pageWithFont(content, fontObj string, more ...string) []byte {
	objects := append([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>",
		stream(content),
		fontObj,
	}, more...)
	return buildPDF(objects, "")
}

// rawStream formats a stream object holding unfiltered binary data.
func rawStream(data []byte, extra string) string {
	return fmt.Sprintf("<< /Length %d %s>>\nstream\n%s\nendstream", len(data), extra, data)
}

// trueTypeWithCmap is a minimal sfnt holding only a format 4 cmap that
// maps 'A'..'C' to glyphs 1..3.
func trueTypeWithCmap() []byte {
	var sub bytes.Buffer
	w := func(v ...uint16) {
		for _, x := range v {
			binary.Write(&sub, binary.BigEndian, x)
		}
	}
	// format, length, language, segCountX2, searchRange, entrySelector, rangeShift
	w(4, 32, 0, 4, 4, 1, 0)
	w('C', 0xFFFF)      // end codes
	w(0)                // reserved pad
	w('A', 0xFFFF)      // start codes
	w(0x10000+1-'A', 1) // deltas (mod 2^16)
	w(0, 0)             // range offsets
	var font bytes.Buffer
	binary.Write(&font, binary.BigEndian, []uint32{0x00010000})
	binary.Write(&font, binary.BigEndian, []uint16{1, 16, 0, 0})
	font.WriteString("cmap")
	binary.Write(&font, binary.BigEndian, []uint32{0, 12 + 16, uint32(12 + sub.Len())})
	// cmap header: version 0, one subtable (3,1) at offset 12.
	binary.Write(&font, binary.BigEndian, []uint16{0, 1, 3, 1})
	binary.Write(&font, binary.BigEndian, []uint32{12})
	font.Write(sub.Bytes())
	return font.Bytes()
}

func TestTrueTypeGlyphRunes(t *testing.T) {
	got := trueTypeGlyphRunes(trueTypeWithCmap())
	want := map[uint16]rune{1: 'A', 2: 'B', 3: 'C'}
	if len(got) != len(want) {
		t.Fatalf("glyphs = %v, want %v", got, want)
	}
	for gid, r := range want {
		if got[gid] != r {
			t.Errorf("glyph %d = %q, want %q", gid, got[gid], r)
		}
	}
	for _, junk := range [][]byte{nil, []byte("true"), bytes.Repeat([]byte{0xff}, 64)} {
		if m := trueTypeGlyphRunes(junk); m != nil {
			t.Errorf("junk font gave %v", m)
		}
	}
}

func TestFontDecoding(t *testing.T) {
	const cidToUnicode = "1 begincodespacerange <0000> <FFFF> endcodespacerange " +
		"2 beginbfchar <0001> <0048> <0002> <0069> endbfchar " +
		"1 beginbfrange <0010> <0012> <0430> endbfrange"
	type1Program := "%!PS-AdobeFont-1.0: Test\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 65 /Zcaron put\ndup 66 /fi put\nreadonly def\ncurrentfile eexec\n"
	tests := []struct {
		name string
		pdf  []byte
		want []string
	}{
		{
			name: "CID font, Identity-H, widths from W, ToUnicode with range",
			pdf: pageWithFont("BT /F1 10 Tf 20 300 Td <000100020010001100120001> Tj ET",
				"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
				"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /DW 500 /W [1 [600 300] 16 18 500] >>",
				stream(cidToUnicode)),
			want: []string{"HiабвH"},
		},
		{
			name: "simple font, Differences with ligature and uni names, no ToUnicode",
			pdf: pageWithFont("BT /F1 10 Tf 20 300 Td (ABCD) Tj ET",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Y /FirstChar 65 /LastChar 68 /Widths [500 500 500 500] "+
					"/Encoding << /Type /Encoding /Differences [65 /f_i /uni0416 /a.sc /g123] >> >>"),
			want: []string{"fiЖa\uFFFD"},
		},
		{
			name: "Type 1 font with a built-in encoding and no /Encoding",
			pdf: pageWithFont("BT /F1 10 Tf 20 300 Td (AB) Tj ET",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Z /FirstChar 65 /LastChar 66 /Widths [500 500] /FontDescriptor 7 0 R >>",
				"<< >>",
				"<< /Type /FontDescriptor /FontName /Z /FontFile 8 0 R >>",
				rawStream([]byte(type1Program), fmt.Sprintf("/Length1 %d /Length2 0 /Length3 0 ", len(type1Program)))),
			want: []string{"Žfi"},
		},
		{
			name: "CID TrueType font without ToUnicode: text from its cmap",
			pdf: pageWithFont("BT /F1 10 Tf 20 300 Td <000100020003> Tj ET",
				"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
				"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /DW 500 /FontDescriptor 7 0 R >>",
				"<< /Type /FontDescriptor /FontName /X /FontFile2 8 0 R >>",
				rawStream(trueTypeWithCmap(), "")),
			want: []string{"ABC"},
		},
		{
			name: "word spacing, TJ kerning gaps, T* and form XObject",
			pdf: pageWithFont("BT /F1 10 Tf 12 TL 20 300 Td 3 Tw (a b) Tj [(c) -400 (d) -50 (e)] TJ T* (next) Tj ET /X1 Do",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 122 /Widths "+widthsArray(32, 122, 500)+" /Encoding /WinAnsiEncoding >>",
				"<< /Type /XObject /Subtype /Form /BBox [0 0 400 400] /Matrix [1 0 0 1 0 -100] /Length 38 >>\nstream\nBT /F1 10 Tf 20 300 Td (form) Tj ET\nendstream"),
			want: []string{"a bc de", "next", "", "form"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Extract(context.Background(), tc.pdf, Options{Backend: BackendGo})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Pages[0].Lines; !slices.Equal(got, tc.want) {
				t.Errorf("lines = %q, want %q (warnings %v)", got, tc.want, res.Warnings)
			}
		})
	}
}

func widthsArray(first, last, w int) string {
	var b bytes.Buffer
	b.WriteByte('[')
	for c := first; c <= last; c++ {
		fmt.Fprintf(&b, "%d ", w)
	}
	b.WriteByte(']')
	return b.String()
}

func TestGlyphNameText(t *testing.T) {
	if !slices.IsSortedFunc(glyphNames[:], func(a, b glyphName) int { return strings.Compare(a.name, b.name) }) {
		t.Fatal("glyphNames is not sorted; binary search would miss names")
	}
	tests := map[string]string{
		"A": "A", "afii10017": "А", "fi": "\uFB01", "f_f_i": "ffi", "uni04150416": "ЕЖ",
		"u1F600": "\U0001F600", "a.sc": "a", "zcaron": "ž", "cwm": "",
	}
	for name, want := range tests {
		if got, ok := glyphNameText(name); !ok || got != want {
			t.Errorf("glyphNameText(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"g123", ".notdef", "uniD800", "index42"} {
		if got, ok := glyphNameText(name); ok {
			t.Errorf("glyphNameText(%q) = %q, want no text", name, got)
		}
	}
}
