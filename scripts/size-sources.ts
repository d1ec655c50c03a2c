/**
 * Where a bundle's bytes come from: `PROVODNIK_SOURCEMAP=1 npx wxt build`, then
 * `npx tsx scripts/size-sources.ts [.output/chrome-mv3/content-scripts/*.js]`.
 * Every generated character is given to the source file its mapping points at (packages
 * summed per package); "gzip alone" is that code gzipped by itself (more than its share
 * of the whole, which shares a dictionary), "share" scales the bundle's gzip size by the
 * raw bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const dir = '.output/chrome-mv3/content-scripts';
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));

const group = (source: string | null) => {
  if (!source) return '(no source)';
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return source.replace(/^(\.\.\/)+/, '');
};

for (const file of files) {
  if (!existsSync(`${file}.map`)) throw new Error(`${file}.map missing: build with PROVODNIK_SOURCEMAP=1`);
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const parts = new Map<string, string[]>();
  let last: { line: number; column: number; source: string } | null = null;
  const flush = (line: number, column: number) => {
    if (!last) return;
    const text = last.line === line ? lines[last.line - 1]!.slice(last.column, column) : lines[last.line - 1]!.slice(last.column);
    const list = parts.get(last.source) ?? [];
    list.push(text);
    parts.set(last.source, list);
  };
  map.eachMapping((m) => {
    flush(m.generatedLine, m.generatedColumn);
    last = { line: m.generatedLine, column: m.generatedColumn, source: group(m.source) };
  });
  flush(Number.MAX_SAFE_INTEGER, 0);
  const total = Buffer.byteLength(code);
  const totalGz = gzipSync(code).length;
  const rows = [...parts].map(([source, texts]) => {
    const text = texts.join('');
    const raw = Buffer.byteLength(text);
    return { source, raw, alone: gzipSync(text).length, share: (raw / total) * totalGz };
  });
  rows.sort((a, b) => b.raw - a.raw);
  console.log(`\n${basename(file)}: ${(total / 1024).toFixed(1)} KB, gzip ${(totalGz / 1024).toFixed(1)} KB`);
  console.log('source'.padEnd(60), 'raw KB'.padStart(8), 'gz alone'.padStart(9), 'gz share'.padStart(9));
  for (const r of rows) {
    if (r.raw < 200) continue;
    console.log(r.source.padEnd(60), (r.raw / 1024).toFixed(1).padStart(8), (r.alone / 1024).toFixed(1).padStart(9), (r.share / 1024).toFixed(1).padStart(9));
  }
}
