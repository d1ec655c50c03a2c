import { readFileSync } from 'node:fs';
import { SCENARIOS, stepCode } from '../src/catalogue';
import { fixWords, parseFixes } from '../src/catalogue/fixes';
import { PAGE_KEYS, PAGES } from '../src/catalogue/pages';
import type { Fix, PageSpec } from '../src/catalogue/types';

/**
 * `npm run fixes -- file.json`: an exported fix file (options page «Сохранить исправления»,
 * or a school's managed policy) as the catalogue change a developer would make — for each
 * fix, where it goes and the lines to put into the step of its scenario file. The file is
 * checked first, as the options page checks it (regional hosts allowed).
 */
export function fixToCatalogue(fix: Fix): string {
  const scenario = SCENARIOS.find((s) => s.id === fix.scenario)!;
  const step = scenario.steps.find((s) => s.id === fix.step)!;
  const lines = [
    `// ${stepCode(scenario, step.id)} «${step.title}» — ${fixWords(fix)}`,
    `// src/catalogue/scenarios/${scenario.id}.ts, step '${step.id}':`,
  ];
  if (fix.target) lines.push(`target: [${fix.target.map(js).join(', ')}, /* then the step’s present targets */],`);
  if (fix.not) lines.push(`not: [${fix.not.map(js).join(', ')}],`);
  for (const page of fix.page ?? []) lines.push(`page: [/* the step’s present pages, then */ ${js(asKeys(page))}],`);
  return lines.join('\n');
}

/** A value as the scenario files write it: unquoted keys, single-quoted strings. */
const js = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(js).join(', ')}]`
    : typeof v === 'object' && v !== null
      ? `{ ${Object.entries(v)
          .filter(([, x]) => x !== undefined)
          .map(([k, x]) => `${k}: ${js(x)}`)
          .join(', ')} }`
      : typeof v === 'string'
        ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
        : String(v);

/** A fix's page with its address patterns named by the keys of pages.ts where one already fits. */
function asKeys(page: PageSpec): PageSpec {
  const at: string[] = [];
  const url = [...page.url];
  for (const pattern of page.at ?? []) {
    const sample = new URL(`https://${pattern.replace(/\*/g, '1')}`);
    const keys = PAGE_KEYS.filter((k) => PAGES[k].test(sample));
    if (keys.length > 0) url.push(...keys.filter((k) => !url.includes(k)));
    else at.push(pattern);
  }
  return { ...page, url, ...(at.length ? { at } : { at: undefined }) };
}

const file = process.argv[2];
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!file) {
    console.error('usage: npm run fixes -- <exported fixes>.json');
    process.exit(2);
  }
  const text = readFileSync(file, 'utf8');
  // A developer may take in a regional diary's fix from any school: its host is allowed here.
  const hosts = [...text.matchAll(/"([a-z0-9.-]+(?::\d+)?)\//g)].map((m) => m[1]!);
  const checked = parseFixes(text, SCENARIOS, hosts);
  if (!checked.ok) {
    console.error(`${file}: ${checked.error}`);
    process.exit(1);
  }
  console.log(`// ${checked.fixes.length} fix(es) from ${file}. A page whose address a key of src/catalogue/pages.ts already covers is named by that key;`);
  console.log('// any other address needs a new key in src/catalogue/pages/<site>.ts (with example URLs) instead of `at`.\n');
  console.log(checked.fixes.map(fixToCatalogue).join('\n\n'));
}
