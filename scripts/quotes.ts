// Where each «quoted» text of the catalogue comes from: finds every «…» of the scenarios'
// texts in the source documents and the site notes, and writes src/catalogue/quotes.json
// (the text, the file and line it was found on). Run it when a hint quotes something new:
//   npx tsx scripts/quotes.ts <folder with seeds/, SITES.md, SITES-2026.md, PITFALLS.md>
// The project never reads that folder otherwise (a clone alone passes `npm test`): the
// test (src/catalogue/quotes.test.ts) checks the catalogue against the committed list.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SCENARIOS } from '../src/catalogue';
import { quotesOf, quoteKey } from '../src/catalogue/quotes';

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx scripts/quotes.ts <folder of the source documents and site notes>');
const files = [
  ...readdirSync(join(dir, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, 'seeds', f)),
  ...['SITES.md', 'SITES-2026.md', 'PITFALLS.md'].map((f) => join(dir, f)),
];
// A label may wrap over lines in the documents («Создать / профиль Сферум»): each file is
// searched as one text, the line of the match's start is the source.
const texts = files.map((file) => {
  const raw = readFileSync(file, 'utf8').split('\n');
  let text = '';
  const starts: number[] = [];
  for (const line of raw) {
    starts.push(text.length);
    text += `${quoteKey(line)} `;
    // (quoteKey collapses spaces inside a line; lines are joined by one space)
  }
  const lines = raw.map(quoteKey);
  return { name: relative(dir, file), text, starts, lines };
});
/** Where `key` occurs as a whole word or phrase (a short label inside a longer word does not count). */
const occurrence = (text: string, key: string): number => {
  let at = text.indexOf(key);
  while (at >= 0 && (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + key.length] ?? ''))) at = text.indexOf(key, at + 1);
  return at;
};
/** The best source of a quotation: quoted «…» in a document, then a line of its own, then anywhere. */
const locate = (key: string): string | undefined => {
  const stripped = key.replace(/^[-#>\d. ]+|[ >]+$/g, '');
  const tries: ((t: (typeof texts)[number]) => number)[] = [
    (t) => occurrence(t.text, `«${key}»`),
    (t) => t.lines.findIndex((l) => l.replace(/^[-#>\d. []+|[\]()# >]+$/g, '') === stripped),
    (t) => occurrence(t.text, key),
  ];
  for (const [i, find] of tries.entries()) {
    for (const t of texts) {
      const at = find(t);
      if (at < 0) continue;
      return `${t.name}:${(i === 1 ? at : t.starts.findLastIndex((s) => s <= at)) + 1}`;
    }
  }
  return undefined;
};

const found = new Map<string, { text: string; source: string }>();
const missing: string[] = [];
for (const scenario of SCENARIOS) {
  for (const { text, where } of quotesOf(scenario)) {
    const key = quoteKey(text);
    if (found.has(key)) continue;
    const source = locate(key);
    if (source) found.set(key, { text, source });
    else missing.push(`${where}: «${text}»`);
  }
}
const quotes = [...found.values()].sort((a, b) => a.text.localeCompare(b.text, 'ru'));
writeFileSync(new URL('../src/catalogue/quotes.json', import.meta.url), `${JSON.stringify({ quotes }, null, 1)}\n`);
console.log(`${quotes.length} quotations with their source`);
if (missing.length) {
  console.log(`not in the documents or the site notes (describe them instead of quoting):\n${missing.join('\n')}`);
  process.exitCode = 1;
}
