package extract

// ClaimAttrs are the type-specific fields of a claim node (contract names
// first, then claimgraph's additions).
type ClaimAttrs struct {
	Value     *float64     `json:"value"`
	Low       float64      `json:"low"`
	High      float64      `json:"high"`
	Unit      string       `json:"unit"`
	Approx    string       `json:"approx"`
	Entity    *string      `json:"entity"`
	Indicator *string      `json:"indicator"`
	Period    *PeriodAttrs `json:"period"`
	Source    *string      `json:"source"`
	Origin    string       `json:"origin,omitempty"`
	Dest      string       `json:"destination,omitempty"`
	Hedged    bool         `json:"hedged,omitempty"`
	Qualifier string       `json:"qualifier,omitempty"`
	Scale     string       `json:"scale,omitempty"`
	Respect   bool         `json:"respectively,omitempty"`
}

// PeriodAttrs is the time a claim refers to.
type PeriodAttrs struct {
	Start    string `json:"start"`
	End      string `json:"end"`
	Relative bool   `json:"relative,omitempty"`
	Text     string `json:"text,omitempty"`
}

// EntityNodeID and IndicatorNodeID name the shared nodes claims point to.
func EntityNodeID(id string) string    { return "entity:" + id }
func IndicatorNodeID(id string) string { return "indicator:" + id }
