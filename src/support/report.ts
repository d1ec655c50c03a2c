import { SCENARIOS, stepCode } from '../catalogue';
import type { ElementQuery, PageSpec, Scenario, Step } from '../catalogue/types';
import { nextStepIndex, sanitize, type Progress } from '../engine/progress';
import { fixWords, sanitizeFixes } from '../catalogue/fixes';
import { cleanHost, maskPath, sanitizeDiagnostics, signalQuery, type Diagnostics, type Signal } from './diagnostics';

/**
 * The text «Сообщить в поддержку» shows, copies and saves. Built only from the
 * extension's own facts and the catalogue's own words: everything that comes in is
 * sanitised again here (ids checked against the catalogue, hosts checked as hosts,
 * paths masked, the browser reduced to a name and a version).
 */
export interface ReportInput {
  readonly version: string;
  /** `navigator.userAgent`: only a browser name, its major version and the OS family are taken */
  readonly userAgent: string;
  /** `runtime.getPlatformInfo().os` when known */
  readonly os?: string;
  readonly progress: unknown;
  readonly diagnostics: unknown;
  /** granted regional origins or hosts */
  readonly granted: readonly string[];
  /** field fixes in use: the person's own and the administrator's (checked again here) */
  readonly fixes?: { readonly own: unknown; readonly managed: unknown };
  readonly now: number;
  readonly catalogue?: readonly Scenario[];
}

const BROWSERS: readonly [RegExp, string][] = [
  [/YaBrowser\/(\d+)/, 'Яндекс Браузер'],
  [/Edg\/(\d+)/, 'Microsoft Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Chrome\/(\d+)/, 'Chromium / Chrome'],
];

export function browserName(ua: string): string {
  for (const [re, name] of BROWSERS) {
    const m = re.exec(ua);
    if (m) return `${name} ${m[1]}`;
  }
  return 'неизвестный';
}

const OS: Record<string, string> = { win: 'Windows', mac: 'macOS', linux: 'Linux', android: 'Android', cros: 'ChromeOS', openbsd: 'OpenBSD', fuchsia: 'Fuchsia' };
export function osName(os: string | undefined, ua: string): string {
  if (os && OS[os]) return OS[os];
  if (/Windows/.test(ua)) return 'Windows';
  if (/Android/.test(ua)) return 'Android';
  if (/Mac OS X/.test(ua)) return 'macOS';
  if (/CrOS/.test(ua)) return 'ChromeOS';
  if (/Linux/.test(ua)) return 'Linux';
  return 'неизвестная';
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local date and time, minutes precision. */
export function when(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const KIND: Record<string, string> = { press: 'кнопка', field: 'поле', check: 'флажок', heading: 'заголовок', text: 'текст' };
/** A query in the catalogue's own words: «кнопка «Войти» (в блоке «Вход»)». */
export function describeQuery(q: ElementQuery): string {
  const names = q.name ?? [];
  const within = q.within?.[0] === undefined ? '' : ` (в блоке «${q.within[0]}»)`;
  const what = names.length > 0 ? `«${names[0]}»` : q.selector ? `по селектору ${q.selector}` : '';
  const state = q.checked === true ? ', отмечен' : q.checked === false ? ', не отмечен' : '';
  return `${KIND[q.kind ?? 'press'] ?? 'элемент'} ${what}${state}${within}`.trim();
}

function describeSignal(step: Step, s: Signal, pages: number): string {
  const q = signalQuery(step, s);
  const alt = pages > 1 && s.group !== 'done' && s.group !== 'target' ? ` [вариант ${s.page + 1}]` : '';
  const mark = s.ok ? '✓' : '✗';
  switch (s.group) {
    case 'url':
      return `${mark} адрес страницы подходит${alt}${(q as PageSpec).after ? ' (после шага ' + (q as PageSpec).after + ')' : ''}`;
    case 'shows':
      return `${mark} на странице видно: ${describeQuery(q as ElementQuery)}${alt}`;
    case 'hides':
      return `${mark} на странице не видно: ${describeQuery(q as ElementQuery)}${alt}`;
    case 'done':
      return `${mark} признак «сделано»: ${describeQuery(q as ElementQuery)}`;
    case 'target':
      return `${mark} что нажать: ${describeQuery(q as ElementQuery)}`;
  }
}

const STATE: Record<string, string> = {
  found: 'кнопка найдена и обведена',
  searching: 'страница узнана, кнопка ещё не появилась',
  'not-found': 'кнопка не найдена, показана письменная инструкция',
  done: 'шаг на странице выполнен',
  none: 'страница не узнана как шаг этой задачи',
};
const REASON: Record<string, string> = { missing: 'нет на странице', ambiguous: 'несколько похожих, не выбрать' };

export function buildReport(input: ReportInput): string {
  const catalogue = input.catalogue ?? SCENARIOS;
  const progress: Progress = sanitize(input.progress, catalogue);
  const diag: Diagnostics = sanitizeDiagnostics(input.diagnostics, catalogue);
  const find = (id: string | null) => catalogue.find((s) => s.id === id);
  const code = (sc: Scenario, id: string) => stepCode(sc, id);
  const lines: string[] = [];
  lines.push('Проводник: отчёт для поддержки');
  lines.push('В отчёте нет личных данных: только номера шагов, адреса сайтов без параметров и время.');
  lines.push('');
  lines.push(`Время отчёта: ${when(input.now)}`);
  lines.push(`Версия Проводника: ${/^\d+(\.\d+){0,3}$/.test(input.version) ? input.version : 'неизвестна'}`);
  lines.push(`Браузер: ${browserName(input.userAgent)}`);
  lines.push(`Система: ${osName(input.os, input.userAgent)}`);
  lines.push('');

  const active = find(progress.active);
  if (!active) {
    lines.push('Задача: не выбрана');
  } else {
    const sp = progress.scenarios[active.id];
    const next = nextStepIndex(active, sp);
    lines.push(`Задача: П${active.number} «${active.title}» (${active.id})`);
    if (next < active.steps.length) {
      const step = active.steps[next]!;
      lines.push(`Шаг сейчас: ${code(active, step.id)} «${step.title}» (${step.id})`);
    } else {
      lines.push('Шаг сейчас: все шаги пройдены');
    }
    if (sp?.current) lines.push(`Последний узнанный шаг: ${code(active, sp.current)} (${sp.current})`);
    lines.push('Шаги:');
    active.steps.forEach((step, i) => {
      const rec = sp?.steps[step.id];
      const status = rec
        ? `${rec.status === 'done' ? 'сделано' : 'пропущено'} ${when(rec.at)}${rec.by === 'person' ? ' (отметил человек)' : ' (увидел на странице)'}`
        : i === next
          ? 'сейчас'
          : 'впереди';
      lines.push(`  ${code(active, step.id)} ${step.id}: ${status}`);
    });
  }
  lines.push('');

  const page = diag.page;
  if (!page) {
    lines.push('Страница: Проводник ещё не видел страниц сайтов');
  } else {
    const sc = find(page.scenario);
    lines.push(`Страница (${when(page.at)}): ${cleanHost(page.host) ?? '—'}${maskPath(page.path)}`);
    lines.push(`  узнана как: ${sc && page.step ? `${code(sc, page.step)} (${page.step})` : 'не шаг задачи'}`);
    lines.push(`  состояние: ${STATE[page.state]}${page.reason && page.state !== 'found' && page.state !== 'done' ? ` (${REASON[page.reason]})` : ''}`);
    const checked = sc?.steps.find((s) => s.id === page.checked);
    if (sc && checked) {
      lines.push(`  признаки шага ${code(sc, checked.id)} (${checked.id}):`);
      const pages = checked.page.length;
      for (const s of page.signals) lines.push(`    ${describeSignal(checked, s, pages)}`);
    }
  }
  lines.push('');
  lines.push('Последние «не нашёл»:');
  if (diag.notFound.length === 0) lines.push('  нет');
  for (const e of diag.notFound) {
    const sc = find(e.scenario)!;
    lines.push(`  ${when(e.at)} ${code(sc, e.step)} (${e.step}) на ${e.host}${e.path}${e.reason ? ` — ${REASON[e.reason]}` : ''}`);
  }
  lines.push('');
  const hosts = [...new Set(input.granted.map((g) => cleanHost(g.replace(/^https:\/\//, '').replace(/\/\*$/, ''))).filter((h): h is string => h !== null))].sort();
  lines.push(`Разрешённые сайты дневников: ${hosts.length > 0 ? hosts.join(', ') : 'нет'}`);
  lines.push('');
  // Field fixes: catalogue ids and the words of the sites' own buttons (never personal values: fixes.ts).
  const fixes = [
    ...sanitizeFixes(input.fixes?.managed, catalogue).map((f) => ({ f, by: 'администратор' })),
    ...sanitizeFixes(input.fixes?.own, catalogue).map((f) => ({ f, by: 'свои' })),
  ];
  lines.push(`Исправления с мест: ${fixes.length > 0 ? fixes.length : 'нет'}`);
  for (const { f, by } of fixes) {
    const sc = find(f.scenario)!;
    lines.push(`  ${code(sc, f.step)} (${f.step}, ${by}): ${fixWords(f)}`);
  }
  return lines.join('\n') + '\n';
}
