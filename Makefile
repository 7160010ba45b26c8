# claimgraph — see README.md. Two commands do everything on a fresh machine:
#   make run    process seeds/ and write outputs/
#   make test   vet, format check, unit and integration tests
GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
BIN     := bin/claimgraph
FUZZTIME ?= 30s

.PHONY: build run test vet fmt-check eval bench fuzz update-golden clean

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/claimgraph

# The committed outputs/ is what this target writes; a test fails when it is stale.
run: build
	./$(BIN) run --out outputs seeds; code=$$?; [ $$code -le 1 ] || exit $$code

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

test: vet fmt-check
	$(GO) test -count=1 ./...

# Precision / recall / F1 per extractor and language against the gold files.
eval:
	$(GO) run ./cmd/claimgraph eval

# Go benchmarks of every package (-benchtime BENCHTIME, default 1s: about a
# minute on 2 cores), then whole runs on synthetic corpora of 100 and 1,000
# papers (BENCH_FULL=1 adds 10,000) with the Markdown tables (scripts/bench.sh).
bench:
	@mkdir -p bin
	@{ $(GO) test -run '^$$' -bench . -benchmem -benchtime $(or $(BENCHTIME),1s) -timeout 60m ./...; echo $$? >bin/gobench.rc; } | tee bin/gobench.txt
	@BENCH_GOBENCH=bin/gobench.txt ./scripts/bench.sh; s=$$?; g=$$(cat bin/gobench.rc); if [ "$$g" != 0 ]; then echo "go test -bench failed (exit $$g)" >&2; exit $$g; fi; exit $$s

# Every fuzz target for FUZZTIME each (make fuzz FUZZTIME=60s); prints a table.
fuzz:
	GO=$(GO) bash scripts/fuzz.sh $(FUZZTIME)

# Rewrite golden files under testdata/ after a reviewed behaviour change.
update-golden:
	$(GO) test ./... -run Golden -update

clean:
	rm -rf bin
