package extract

import "github.com/claimgraph/claimgraph/extract/doc"

// nodeBuilder holds what the stages of one document reuse while they make
// its nodes.
type nodeBuilder struct {
	// col carries the column count from one node to the next on a line.
	col doc.ColumnCursor
	// attrs is the current chunk the nodes' attributes are written into,
	// back to back: one allocation for many nodes, not one each.
	attrs []byte
}

// Chunks of attributes start at attrsChunk bytes and double up to
// maxAttrsChunk; a node's attributes start a new chunk when less than
// attrsRoom bytes are left (longer ones grow the chunk, which is correct
// but copies it).
const (
	attrsChunk    = 4 << 10
	maxAttrsChunk = 64 << 10
	attrsRoom     = 1 << 10
)

// textNode is TextNode for the node id made already, with the node's span
// stored in *sp; col (nil for none) carries column counts between calls.
func textNode(d *doc.Document, typ, id string, sp *doc.Span, col *doc.ColumnCursor) doc.Node {
	s := *sp
	var pos doc.Position
	if d.Source != nil {
		pos = d.Source.PositionAt(s.Start, col)
	}
	return doc.Node{
		ID: id, Type: typ, Doc: d.ID, Span: sp,
		Text: d.Slice(s), Sentence: d.Slice(d.SentenceSpan(s.Start)), Lang: d.LangAt(s.Start),
		Page: pos.Page, Line: pos.Line, Column: pos.Column,
	}
}

// node is TextNode for a node of the record, its id made already and its
// span stored in *sp.
func (st *State) node(d *doc.Document, typ, id string, sp *doc.Span) doc.Node {
	return textNode(d, typ, id, sp, &st.nb.col)
}

// attrsBuf is where the next attributes are appended (then given to
// keepAttrs).
func (st *State) attrsBuf() []byte {
	b := &st.nb
	if cap(b.attrs)-len(b.attrs) < attrsRoom {
		b.attrs = make([]byte, 0, min(max(2*cap(b.attrs), attrsChunk), maxAttrsChunk))
	}
	return b.attrs
}

// keepAttrs returns what was appended to attrsBuf() (now b): a node's or
// finding's attributes. Their capacity ends with them: appending to them
// copies.
func (st *State) keepAttrs(b []byte) []byte {
	a := b[len(st.nb.attrs):len(b):len(b)]
	st.nb.attrs = b
	return a
}
