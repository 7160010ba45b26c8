// Reads claimgraph's bibliography exports with real clients:
//   node check.mjs BIBLIOGRAPHY.csl.json BIBLIOGRAPHY.bib
// citation-js must render every CSL item as an APA bibliography entry, and
// Better BibTeX's parser must read the .bib with no errors and no warnings.
// Prints one JSON line with counts; exits 1 on any problem.
import { readFileSync } from 'node:fs'
import citationJS from 'citation-js'
const Cite = citationJS
import { parse } from '@retorquere/bibtex-parser'

const [cslPath, bibPath] = process.argv.slice(2)
const problems = []

const items = JSON.parse(readFileSync(cslPath, 'utf8'))
let rendered = 0
for (const item of items) {
  try {
    const html = new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })
    if (!html.trim()) problems.push(`csl ${item.id}: empty APA rendering`)
    else rendered++
  } catch (e) {
    problems.push(`csl ${item.id}: ${e.message}`)
  }
}

const bib = parse(readFileSync(bibPath, 'utf8'))
for (const e of bib.errors) problems.push(`bib: ${e.error || JSON.stringify(e)}`)
const keys = new Set()
for (const e of bib.entries) {
  if (keys.has(e.key)) problems.push(`bib: duplicate key ${e.key}`)
  keys.add(e.key)
}

console.log(JSON.stringify({ csl_items: items.length, rendered, bib_entries: bib.entries.length, problems }))
process.exit(problems.length ? 1 : 0)
