import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { SCENARIOS } from '../../src/catalogue';

/**
 * The UI's words all come from the i18n module (src/ui/i18n.ts, messages in
 * public/_locales): a Russian string written straight into a component would stay Russian
 * on an English screen, and an English one English on a Russian screen. And no status
 * icon is an emoji (an empty box where no emoji font is installed): src/ui/icons.tsx.
 */
const ROOT = resolve(__dirname, '../..');
const UI_DIRS = ['src/ui', 'src/demo', 'entrypoints'];
/**
 * Texts that are content, not UI words, as the scenarios' titles and hints are: the demo
 * tracks' one-line descriptions of their variant (what the replica pages show).
 */
const CONTENT_FILES = new Set(['src/demo/tracks.ts']);

const CYRILLIC = /[\u0400-\u04FF]/;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Presentation}]/u;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return files(p, ext);
    return ext.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** Every text a source file writes: string and template literals, JSX text (not comments, not regular expressions). */
export function textsOf(source: string, name = 'x.tsx'): { text: string; line: number }[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      out.push({ text: node.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

const sources = UI_DIRS.flatMap((d) => files(d, /\.tsx?$/));

describe('UI strings', () => {
  test('the check sees a Russian word in JSX, an attribute, a string and a template, and not in a comment or a pattern', () => {
    const found = textsOf(
      [
        '// Комментарий',
        "const a = 'Строка';",
        'const b = `Шаблон ${a} хвост`;',
        'const re = /шаблон|поиска/i;',
        'const el = <p title="Подсказка">Текст</p>;',
      ].join('\n'),
    )
      .filter((x) => CYRILLIC.test(x.text))
      .map((x) => x.text.trim());
    expect(found).toEqual(['Строка', 'Шаблон', 'хвост', 'Подсказка', 'Текст']);
  });

  test('the UI sources are read (popup, options, help, overlay, demo)', () => {
    for (const f of ['src/ui/popup/Popup.tsx', 'src/ui/options/Options.tsx', 'src/ui/help/Help.tsx', 'src/ui/overlay/Overlay.tsx', 'src/demo/Bar.tsx', 'src/demo/Sandbox.tsx', 'src/demo/runtime.tsx']) {
      expect(sources).toContain(f);
    }
  });

  test('no Russian UI text written straight into a component: every word goes through src/ui/i18n.ts', () => {
    const hardCoded = sources
      .filter((f) => !CONTENT_FILES.has(f))
      .flatMap((f) => textsOf(readFileSync(join(ROOT, f), 'utf8'), f).filter((x) => CYRILLIC.test(x.text)).map((x) => `${f}:${x.line}: ${x.text.trim()}`));
    expect(hardCoded).toEqual([]);
  });

  test('no emoji in the UI: its icons are inline SVG (src/ui/icons.tsx)', () => {
    const inSources = sources.flatMap((f) => textsOf(readFileSync(join(ROOT, f), 'utf8'), f).filter((x) => EMOJI.test(x.text)).map((x) => `${f}:${x.line}: ${x.text.trim()}`));
    const css = UI_DIRS.flatMap((d) => files(d, /\.css$/)).flatMap((f) =>
      readFileSync(join(ROOT, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .flatMap((l, i) => (EMOJI.test(l) ? [`${f}:${i + 1}: ${l.trim()}`] : [])),
    );
    const messages = readdirSync(join(ROOT, 'public/_locales')).flatMap((lang) => {
      const m = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      return Object.entries(m).flatMap(([k, v]) => (EMOJI.test(v.message) ? [`${lang}/${k}: ${v.message}`] : []));
    });
    const content = JSON.stringify(SCENARIOS).match(new RegExp(EMOJI.source, 'gu')) ?? [];
    expect([...inSources, ...css, ...messages, ...content]).toEqual([]);
  });

  test('the emoji check sees an emoji icon', () => {
    expect(textsOf('const x = <span aria-hidden="true">⚠ </span>;').some((x) => EMOJI.test(x.text))).toBe(true);
    expect(textsOf("const y = '⏳';").some((x) => EMOJI.test(x.text))).toBe(true);
  });
});
