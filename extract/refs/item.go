package refs

import "github.com/claimgraph/claimgraph/extract/doc"

// Reference is one entry of a document's reference list.
type Reference struct {
	// Span covers the entry in the document text, its printed label included.
	Span doc.Span `json:"span"`
	// Label is the printed number of a numbered list ("12"), or "".
	Label string `json:"label,omitempty"`
	// Raw is the entry's text with its lines re-joined, markup and label removed.
	Raw string `json:"raw"`
	CSL Item   `json:"csl"`
}

// Item is a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
type Item struct {
	ID             string `json:"id"`
	Type           string `json:"type"`
	Author         []Name `json:"author,omitempty"`
	Editor         []Name `json:"editor,omitempty"`
	Translator     []Name `json:"translator,omitempty"`
	Issued         *Date  `json:"issued,omitempty"`
	YearSuffix     string `json:"year-suffix,omitempty"`
	Accessed       *Date  `json:"accessed,omitempty"`
	Title          string `json:"title,omitempty"`
	ContainerTitle string `json:"container-title,omitempty"`
	Volume         string `json:"volume,omitempty"`
	Issue          string `json:"issue,omitempty"`
	Page           string `json:"page,omitempty"`
	Edition        string `json:"edition,omitempty"`
	Publisher      string `json:"publisher,omitempty"`
	PublisherPlace string `json:"publisher-place,omitempty"`
	Genre          string `json:"genre,omitempty"`
	DOI            string `json:"DOI,omitempty"`
	URL            string `json:"URL,omitempty"`
	Language       string `json:"language,omitempty"`
	Note           string `json:"note,omitempty"`
}

// Name is a CSL name: a person (family, given) or an organisation (literal).
type Name struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

// Key returns the name as it is cited: the family name, or the literal.
func (n Name) Key() string {
	if n.Family != "" {
		return n.Family
	}
	return n.Literal
}

// Date is a CSL date: date-parts [[year, month, day]] with month and day
// optional; Literal keeps dates that have no parts ("n.d.", "in press").
type Date struct {
	DateParts [][]int `json:"date-parts,omitempty"`
	Literal   string  `json:"literal,omitempty"`
}

// Year returns the date's year, or 0.
func (d *Date) Year() int {
	if d == nil || len(d.DateParts) == 0 || len(d.DateParts[0]) == 0 {
		return 0
	}
	return d.DateParts[0][0]
}

// Year returns the year the item was issued, or 0.
func (it *Item) Year() int { return it.Issued.Year() }

// NoDate reports whether the item says explicitly it has no date ("n.d.").
func (it *Item) NoDate() bool {
	return it.Issued != nil && it.Issued.Year() == 0 && it.Issued.Literal != ""
}
