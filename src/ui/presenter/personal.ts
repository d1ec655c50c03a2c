/**
 * Fields the documents mark as personal (СНИЛС, passport, phone, e-mail, name), known by
 * what they are called — their label, name, id, placeholder, `autocomplete` — never by
 * what is typed into them (values are never read).
 */
const PERSONAL_WORDS =
  /снилс|паспорт|телефон|e-?mail|почт|фио|фамили|\bимя\b|имя\s|отчеств|логин|snils|passport|phone|mobile|\bmail|email|surname|first.?name|last.?name|middle.?name|login|username/i;
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

export function personalFields(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('input, textarea, [contenteditable="true"]')).filter(isPersonalField);
}
