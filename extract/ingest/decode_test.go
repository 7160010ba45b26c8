package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

const (
	ruSample = "Трудовая миграция в Центральной Азии: социально-экономические и правовые аспекты. В 2022 году более 40% прибывших составили казахи, ещё 25% - русские."
	kkSample = "Орталық Азиядағы еңбек көші-қонын құқықтық реттеу ерекшеліктері қарастырылады."
	enSample = "Labor migration in Central Asia: socio-economic and legal aspects."
)

func encodeUTF16(s string, bigEndian, bom bool) []byte {
	var buf bytes.Buffer
	var order binary.ByteOrder = binary.LittleEndian
	if bigEndian {
		order = binary.BigEndian
	}
	if bom {
		binary.Write(&buf, order, uint16(0xFEFF))
	}
	for _, u := range utf16.Encode([]rune(s)) {
		binary.Write(&buf, order, u)
	}
	return buf.Bytes()
}

func encodeCharmap(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func TestDecodeText(t *testing.T) {
	mixed := ruSample + "\n" + enSample + "\n"
	tests := []struct {
		name     string
		data     []byte
		want     string // "" with wantErr
		encoding string
		wantErr  bool
	}{
		{"utf-8", []byte(mixed), mixed, "utf-8", false},
		{"utf-8 kazakh", []byte(kkSample), kkSample, "utf-8", false},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, mixed...), mixed, "utf-8", false},
		{"utf-16le BOM", encodeUTF16(mixed, false, true), mixed, "utf-16le", false},
		{"utf-16be BOM", encodeUTF16(mixed, true, true), mixed, "utf-16be", false},
		{"utf-16le BOM kazakh", encodeUTF16(kkSample, false, true), kkSample, "utf-16le", false},
		{"utf-16le no BOM, English", encodeUTF16(enSample, false, false), enSample, "utf-16le", false},
		{"utf-16be no BOM, English", encodeUTF16(enSample, true, false), enSample, "utf-16be", false},
		{"utf-16le no BOM, Russian", encodeUTF16(ruSample, false, false), ruSample, "utf-16le", false},
		{"utf-16be no BOM, Russian", encodeUTF16(ruSample, true, false), ruSample, "utf-16be", false},
		{"utf-16 astral pair", encodeUTF16("a 𝐀 b", false, true), "a 𝐀 b", "utf-16le", false},
		{"utf-16 odd length", append(encodeUTF16(enSample, false, true), 'x'), "", "", true},
		{"utf-16 unpaired surrogate", append(encodeUTF16("ab", false, true), 0x00, 0xD8, 0x41, 0x00), "", "", true},
		{"windows-1251 Russian", encodeCharmap(t, charmap.Windows1251, mixed), mixed, "windows-1251", false},
		{"koi8-r Russian", encodeCharmap(t, charmap.KOI8R, mixed), mixed, "koi8-r", false},
		{"windows-1251 short Russian", encodeCharmap(t, charmap.Windows1251, "Миграция населения."), "Миграция населения.", "windows-1251", false},
		// Invalid UTF-8 that is not Cyrillic: an error, never mangled.
		{"latin-1 French", encodeCharmap(t, charmap.ISO8859_1, "Le café crème à Genève coûte cher, même très cher."), "", "", true},
		{"windows-1252 Slovenian quotes", encodeCharmap(t, charmap.Windows1252, "Ljubljana – „citat“ in še kaj… ob 5 €."), "", "", true},
		{"windows-1250 Slovenian", encodeCharmap(t, charmap.Windows1250, "Avtorice v študiji preučujejo dinamiko migracij in družbeno-ekonomske dejavnike."), "", "", true},
		{"binary", []byte{0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x80, 0x81, 0x90}, "", "", true},
		{"truncated utf-8", []byte("Миграция")[:5], "", "", true},
		{"utf-8 BOM then invalid", []byte{0xEF, 0xBB, 0xBF, 'a', 0xFF, 'b'}, "", "", true},
		{"ascii with NULs", []byte("abc\x00\x00\x00def"), "", "", true},
		{"too few Cyrillic letters", encodeCharmap(t, charmap.Windows1251, "Data: Москва"), "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := DecodeText(tc.data)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("want an error, got %q as %s", got, enc)
				}
				if !errors.Is(err, ErrEncoding) {
					t.Errorf("error %v is not ErrEncoding", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if enc != tc.encoding {
				t.Errorf("encoding %s, want %s", enc, tc.encoding)
			}
		})
	}
}

// TestDecodeTextSharesUTF8 checks that UTF-8 input (with or without a
// byte-order mark) comes back as the same bytes, in data's own memory, and
// that other encodings are still decoded into text of their own.
func TestDecodeTextSharesUTF8(t *testing.T) {
	cases := []struct {
		data   []byte
		skip   int  // the byte-order mark's length
		shared bool // the text is data[skip:] in place
	}{
		{[]byte(ruSample), 0, true},
		{[]byte(kkSample + "\n" + enSample), 0, true},
		{[]byte("a"), 0, true},
		{append([]byte{0xEF, 0xBB, 0xBF}, enSample...), 3, true},
		{[]byte{0xEF, 0xBB, 0xBF}, 3, false}, // empty: no memory to share
		{encodeUTF16(kkSample, false, true), 0, false},
		{encodeCharmap(t, charmap.Windows1251, ruSample), 0, false},
	}
	for _, c := range cases {
		s, enc, err := DecodeText(c.data)
		if err != nil {
			t.Fatalf("%q: %v", c.data, err)
		}
		if enc == "utf-8" && s != string(c.data[c.skip:]) {
			t.Errorf("%q: decoded as %q", c.data, s)
		}
		if shared := len(s) > 0 && unsafe.StringData(s) == &c.data[c.skip]; shared != c.shared {
			t.Errorf("%q (%s): text in data's memory %v, want %v", c.data, enc, shared, c.shared)
		}
	}
	data := []byte(ruSample)
	if n := testing.AllocsPerRun(10, func() { DecodeText(data) }); n != 0 {
		t.Errorf("DecodeText of UTF-8 allocates %v times", n)
	}
}

// TestBuildDecodeErrors checks that Build reports undecodable text at the
// decode stage instead of building a mangled document.
func TestBuildDecodeErrors(t *testing.T) {
	in := testIngester(t)
	data := encodeCharmap(t, charmap.ISO8859_1, "Le café crème à Genève coûte cher, même très cher.")
	_, err := in.Build(t.Context(), "x.txt", data)
	var ie *Error
	if !errors.As(err, &ie) || ie.Stage != StageDecode {
		t.Fatalf("want a decode-stage error, got %v", err)
	}
	// Windows-1251 Russian decodes and builds.
	d, err := in.Build(t.Context(), "ru.txt", encodeCharmap(t, charmap.Windows1251, ruSample))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "Трудовая миграция") || d.Paragraphs[0].Lang != "ru" {
		t.Errorf("Windows-1251 document: %q (%s)", d.Text, d.Paragraphs[0].Lang)
	}
}

// FuzzDecodeText: no panic; decoded text is valid UTF-8 without NULs; valid
// UTF-8 input without NULs comes back unchanged.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte(ruSample))
	f.Add(encodeUTF16(kkSample, false, true))
	f.Add(encodeUTF16(enSample, true, false))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 'a'})
	f.Add([]byte{0xFF, 0xFE, 0x00})
	for _, cm := range []*charmap.Charmap{charmap.Windows1251, charmap.KOI8R} {
		b, _ := cm.NewEncoder().Bytes([]byte(ruSample))
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, enc, err := DecodeText(data)
		if err != nil {
			if !errors.Is(err, ErrEncoding) {
				t.Fatalf("error not ErrEncoding: %v", err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 out of %s", enc)
		}
		if utf8.Valid(data) && bytes.IndexByte(data, 0) < 0 && !bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) && s != string(data) {
			t.Fatalf("valid UTF-8 changed")
		}
	})
}
