// Package bench makes synthetic corpora for performance work and measures
// the pipeline on them.
//
// The generator (Generate, New, Generator.Paper) builds papers from the seed
// texts (seeds/00{1..4}_*.txt): their prose paragraphs shuffled, numbers,
// years and country names perturbed, a reference list sampled from the
// seeds' reference lists with perturbed names and years, and citation
// callouts rewritten to point at that list. Sizes are lognormal, ~40 KB of
// text and ~45 references per paper on average. Paper i depends only on the
// seed and i, so a corpus of 100 papers is the first 100 of a corpus of
// 10,000, and papers can be generated in parallel.
//
// The generator uses only the standard library, so that it builds while
// the pipeline's packages are being edited. Package measure (corpus/bench/
// measure) times the pipeline stage by stage and holds the per-stage Go
// benchmarks; cmd/gencorpus writes a corpus, cmd/benchtool measures runs
// for scripts/bench.sh.
package bench
