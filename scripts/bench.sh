#!/usr/bin/env bash
# Whole-run benchmarks of claimgraph on synthetic corpora (corpus/bench).
#
#   scripts/bench.sh                  corpora of 100 and 1,000 papers
#   BENCH_FULL=1 scripts/bench.sh     also 10,000 papers (~420 MB of text)
#
# For each size it generates a corpus (deterministic seed) in a temporary
# folder, runs the built binary (bin/claimgraph run -q) measuring wall time,
# CPU time and peak RSS, then measures the time split by stage in process
# (benchtool stages); it also measures pages/s of both PDF backends, and
# prints everything as Markdown tables on stdout (progress goes to stderr).
#
# Environment:
#   BENCH_FULL=1          add the 10,000-paper corpus
#   BENCH_SIZES="100 …"   sizes to run instead
#   BENCH_SEED=1          generator seed
#   BENCH_GOBENCH=FILE    output of `go test -bench` to summarize (make bench
#                         passes it); without it the reconciliation benchmark
#                         (corpus/reconcile) is run here
#   BENCH_PDFS=DIR        PDFs for the backend comparison (../shared/pdfs)
#   BENCH_RSS_LIMIT_MB=N  stop a run whose resident set exceeds N MB, so that
#                         a run that cannot fit does not exhaust a shared
#                         machine (default 8192; 0 = no limit)
#   BENCH_PROFILE=1       write CPU profiles of the stage runs (pprof labels
#                         stage=...) into BENCH_KEEP or the temporary folder
#   BENCH_KEEP=DIR        keep corpora, outputs, JSON results and profiles in
#                         DIR instead of a temporary folder that is removed
#   BENCH_OUT=FILE        also write the tables to FILE
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
SEED=${BENCH_SEED:-1}
SIZES=${BENCH_SIZES:-"100 1000"}
if [ "${BENCH_FULL:-0}" = 1 ] && [ -z "${BENCH_SIZES:-}" ]; then
	SIZES="100 1000 10000"
fi
PDFS=${BENCH_PDFS:-../shared/pdfs}
RSS_LIMIT=${BENCH_RSS_LIMIT_MB:-8192}

if [ -n "${BENCH_KEEP:-}" ]; then
	TMP=$BENCH_KEEP
	mkdir -p "$TMP"
else
	TMP=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-bench.XXXXXX")
	trap 'rm -rf "$TMP"' EXIT
fi
RES=$TMP/results
mkdir -p "$RES"
log() { echo "bench: $*" >&2; }

log "building (results in $TMP)"
mkdir -p bin
$GO build -o bin/claimgraph ./cmd/claimgraph
$GO build -o "$TMP/gencorpus" ./corpus/bench/cmd/gencorpus
$GO build -o "$TMP/benchtool" ./corpus/bench/cmd/benchtool

status=0
for n in $SIZES; do
	corpus=$TMP/corpus-$n
	if [ ! -f "$corpus/manifest.json" ]; then
		log "generating $n papers"
		"$TMP/gencorpus" -n "$n" -seed "$SEED" -o "$corpus"
	fi
	log "run: $n papers"
	rm -rf "$TMP/out-$n"
	if ! "$TMP/benchtool" exec -rss-limit-mb "$RSS_LIMIT" -label "$n" -corpus "$corpus" -json "$RES/run-$n.json" -- \
		bin/claimgraph run -q --out "$TMP/out-$n" "$corpus"; then
		log "run of $n papers failed or was stopped (see above); its row shows what was measured"
		status=1
	fi
	rm -rf "$TMP/out-$n"
	log "halves: extract, then reconcile, $n papers"
	if "$TMP/benchtool" exec -rss-limit-mb "$RSS_LIMIT" -label "$n" -corpus "$corpus" -json "$RES/halves-extract-$n.json" -- \
		bin/claimgraph extract -o "$TMP/records-$n.jsonl" "$corpus"; then
		"$TMP/benchtool" exec -rss-limit-mb "$RSS_LIMIT" -label "$n" -corpus "$corpus" -json "$RES/halves-reconcile-$n.json" -- \
			bin/claimgraph reconcile -q --out "$TMP/out-$n" "$TMP/records-$n.jsonl" || status=1
	else
		status=1
	fi
	rm -rf "$TMP/out-$n" "$TMP/records-$n.jsonl"
	log "stage split: $n papers"
	prof=()
	if [ "${BENCH_PROFILE:-0}" = 1 ]; then
		prof=(-cpuprofile "$TMP/cpu-$n.prof")
	fi
	if ! "$TMP/benchtool" stages "${prof[@]}" -rss-limit-mb "$RSS_LIMIT" -json "$RES/stages-$n.json" "$corpus"; then
		log "stage split of $n papers failed"
		status=1
	fi
	# A full-size corpus is 420 MB: keep it only when asked to.
	if [ -z "${BENCH_KEEP:-}" ]; then
		rm -rf "$corpus"
	fi
done

if compgen -G "$PDFS/*.pdf" >/dev/null; then
	log "PDF backends on $PDFS"
	"$TMP/benchtool" pdf -rounds 5 -json "$RES/pdf.json" "$PDFS" || status=1
else
	log "no PDFs in $PDFS: PDF table skipped (set BENCH_PDFS)"
fi

GOBENCH=${BENCH_GOBENCH:-}
if [ -z "$GOBENCH" ]; then
	log "reconciliation benchmark (10^4, 10^5, 10^6 claims)"
	GOBENCH=$RES/gobench.txt
	$GO test -run '^$' -bench 'BenchmarkReconcile$' -benchmem -benchtime 1x -timeout 30m ./corpus/reconcile >"$GOBENCH" || status=1
fi

"$TMP/benchtool" report -gobench "$GOBENCH" "$RES" | tee "${BENCH_OUT:-/dev/null}"
exit $status
