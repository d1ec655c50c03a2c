/**
 * Fields the documents mark as personal (СНИЛС, passport, phone, e-mail, name), known by
 * what they are called — their label, name, id, placeholder, `autocomplete` — never by
 * what is typed into them (values are never read).
 */
const PERSONAL_WORDS =
  /снилс|паспорт|телефон|e-?mail|почт|фио|фамили|(?<![а-яё])имя(?![а-яё])|отчеств|логин|snils|passport|phone|mobile|\bmail|email|surname|first.?name|last.?name|middle.?name|login|username/i;
const PERSONAL_AUTOCOMPLETE =
  /\b(name|given-name|family-name|additional-name|nickname|email|username|tel|tel-national|tel-local|bday|bday-day|bday-month|bday-year)\b/;
const NOT_TEXT = new Set(['hidden', 'checkbox', 'radio', 'submit', 'button', 'reset', 'image', 'range', 'color', 'file', 'password']);

/** Everything that names a field (label texts, aria-label, name, id, placeholder, autocomplete). */
export function fieldNames(el: Element): string {
  const doc = el.ownerDocument;
  const parts = [
    el.getAttribute('name'),
    el.id,
    el.getAttribute('placeholder'),
    el.getAttribute('aria-label'),
    el.getAttribute('title'),
    el.getAttribute('autocomplete'),
  ];
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    parts.push(doc.getElementById(id)?.textContent ?? null);
  }
  if ('labels' in el) {
    for (const label of Array.from((el as HTMLInputElement).labels ?? [])) parts.push(label.textContent);
  }
  return parts.filter((p): p is string => !!p).join(' · ');
}

export function isPersonalField(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  // A search box («Введите запрос, например: загранпаспорт») is not a personal field.
  if (el.getAttribute('role') === 'searchbox' || el.getAttribute('type') === 'search' || /search|поиск|запрос/i.test(`${el.getAttribute('name')} ${el.id} ${el.getAttribute('aria-label')} ${el.getAttribute('placeholder')}`)) return false;
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (NOT_TEXT.has(type)) return false;
    if (type === 'email' || type === 'tel') return true;
  } else if (tag !== 'textarea' && el.getAttribute('contenteditable') !== 'true') {
    return false;
  }
  const auto = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (PERSONAL_AUTOCOMPLETE.test(auto)) return true;
  return PERSONAL_WORDS.test(fieldNames(el));
}

/** Everything presenter mode blurs: personal fields, and personal things shown as text. */
export function personalFields(doc: Document): Element[] {
  return [...Array.from(doc.querySelectorAll('input, textarea, [contenteditable="true"]')).filter(isPersonalField), ...personalTexts(doc)];
}

/**
 * Personal things the page shows as text (a СНИЛС number on a document card, «Дата
 * рождения 01.09.2016»), known by the label beside them or the card they are on — the
 * label and heading words are the sites' own, the values themselves are never read.
 */
const PERSONAL_ITEMS =
  /снилс|паспорт|(?<![а-яё])инн(?![а-яё])|полис|удостоверени|свидетельств|телефон|e-?mail|почт|фио|фамили|(?<![а-яё])имя(?![а-яё])|отчеств|рождени|адрес|логин|snils|passport|phone|e-?mail|birth|address|surname|full.?name/i;
/** Labels that say nothing by themselves: personal when their card is about a document. */
const GENERIC_LABELS = /^(номер|серия|серия и номер|номер документа|кем выдан|дата выдачи|код подразделения|действителен до|number|series)$/i;
const LABELS = 'dt, th, [role="term"], [role="rowheader"], [class~="label"], [class*="__label"], [class*="-label"], label:not([for])';
const CONTROLS = 'button, input, select, textarea, [role="button"], a[href]:not([href^="mailto:"]):not([href^="tel:"])';

const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().replace(/[:：]$/, '').trim();

/** The words of the card, section or dialog around `el`: its label, or its first heading. */
function contextWords(el: Element): string {
  const doc = el.ownerDocument;
  let at = el.parentElement;
  for (let depth = 0; at && depth < 5; depth++, at = at.parentElement) {
    const labelledBy = at.getAttribute('aria-labelledby');
    if (labelledBy) return labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
    const label = at.getAttribute('aria-label');
    if (label) return label;
    const heading = at.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"], [class*="title"]');
    if (heading && !heading.contains(el)) return heading.textContent ?? '';
  }
  return '';
}

function labelIsPersonal(label: string, near: Element): boolean {
  const text = words(label);
  if (!text || text.length > 60) return false;
  if (PERSONAL_ITEMS.test(text)) return true;
  return GENERIC_LABELS.test(text) && PERSONAL_ITEMS.test(contextWords(near));
}

/** The value elements a label names: its `dd`s, its row's cells, or the element after it. */
function valuesOf(label: Element): Element[] {
  const tag = label.tagName.toLowerCase();
  const out: Element[] = [];
  if (tag === 'dt' || label.getAttribute('role') === 'term') {
    for (let v = label.nextElementSibling; v && v.tagName.toLowerCase() !== 'dt'; v = v.nextElementSibling) out.push(v);
  } else if (tag === 'th' || label.getAttribute('role') === 'rowheader') {
    for (let v = label.nextElementSibling; v; v = v.nextElementSibling) out.push(v);
  } else if (label.nextElementSibling) {
    out.push(label.nextElementSibling);
  }
  return out;
}

export function personalTexts(doc: Document): Element[] {
  const found = new Set<Element>();
  const keep = (v: Element) => {
    if (v.matches(CONTROLS) || v.querySelector(CONTROLS) || v.childElementCount > 4) return;
    found.add(v);
  };
  for (const link of Array.from(doc.querySelectorAll('a[href^="mailto:"], a[href^="tel:"]'))) found.add(link);
  for (const label of Array.from(doc.querySelectorAll(LABELS))) {
    if (label.tagName.toLowerCase() === 'label' && (label as HTMLLabelElement).control) continue;
    if (labelIsPersonal(label.textContent ?? '', label)) valuesOf(label).forEach(keep);
  }
  // «Дата рождения <span>01.09.2016</span>»: the label is the text just before the value.
  for (const value of Array.from(doc.querySelectorAll('span, b, strong, time, output, data, em'))) {
    const before = value.previousSibling;
    if (before?.nodeType === 3 && labelIsPersonal(before.textContent ?? '', value)) keep(value);
  }
  return Array.from(found);
}

/**
 * Whether a text shown on the page is itself a personal value: document or phone digits,
 * a date, an e-mail address, a person's name («Иванова Мария Петровна», «Иванов И. И.»).
 * A field fix that would keep such a text as an element's name is refused (fixes.ts).
 */
export function personalValue(text: string): 'digits' | 'email' | 'name' | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(t)) return 'email';
  for (const run of t.match(/\+?\d[\d\s().\-–]*\d/g) ?? []) if (run.replace(/\D/g, '').length >= 4) return 'digits';
  const words = t.split(' ');
  const cap = /^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$/;
  // Capitalised words alone (the sites' own buttons are in sentence case), or with initials.
  if (/^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)? [А-ЯЁ]\.\s?([А-ЯЁ]\.)?$/.test(t) || /^[А-ЯЁ]\.\s?([А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+$/.test(t)) return 'name';
  if (words.length >= 2 && words.length <= 4 && words.every((w) => cap.test(w))) return 'name';
  if (/(ович|евич|ьич|овна|евна|ична|инична)$/i.test(words.at(-1) ?? '') && words.length >= 2 && cap.test(words[0]!)) return 'name';
  return null;
}
