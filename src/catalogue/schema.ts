import * as v from 'valibot';
import { isPageKey, type PageKey } from './pages';
import { ROLES, type ElementQuery, type Fix, type PageSpec, type Scenario, type Step } from './types';

/**
 * The catalogue's shape, as one schema (valibot): the catalogue itself is checked by it in
 * the unit tests, and anything that arrives as data in the same format (a field fix, an
 * imported file, managed policy) is checked by the same pieces before it is used.
 */

const text = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const texts = v.pipe(v.array(text), v.minLength(1), v.maxLength(20));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(60));

export const ElementQuerySchema = v.strictObject({
  kind: v.optional(v.picklist(['press', 'field', 'check', 'heading', 'text'])),
  name: v.optional(texts),
  partial: v.optional(v.boolean()),
  selector: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(300))),
  within: v.optional(texts),
  checked: v.optional(v.boolean()),
});

export const PageKeySchema = v.custom<PageKey>((k) => typeof k === 'string' && isPageKey(k), 'not a page of pages.ts');

const queries = v.pipe(v.array(ElementQuerySchema), v.maxLength(20));

/** `host/path` with `*` for one segment (a field fix's address pattern; hosts checked in fixes.ts). */
export const AT_PATTERN = /^[a-z0-9.-]+(:\d{1,5})?(\/([\w.~-]+|\*))*\/?$/;
const at = v.pipe(v.array(v.pipe(v.string(), v.maxLength(300), v.regex(AT_PATTERN))), v.maxLength(10));

export const PageSpecSchema = v.strictObject({
  url: v.array(PageKeySchema),
  at: v.optional(at),
  shows: v.optional(queries),
  hides: v.optional(queries),
  after: v.optional(id),
});

const who = v.picklist(['parent', 'child', 'teacher', 'pupil']);

export const StepSchema = v.strictObject({
  id,
  title: text,
  hint: v.string(),
  warning: v.optional(text),
  instruction: v.string(),
  who: v.optional(who),
  optional: v.optional(v.boolean()),
  wait: v.optional(text),
  page: v.array(PageSpecSchema),
  target: v.optional(queries),
  not: v.optional(queries),
  done: v.optional(queries),
  opens: v.optional(v.pipe(v.string(), v.url())),
  branch: v.optional(v.strictObject({ scenario: id, when: text })),
});

export const ScenarioSchema = v.strictObject({
  id,
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: text,
  audience: v.string(),
  roles: v.array(v.picklist(ROLES)),
  needs: v.array(text),
  sources: v.array(v.string()),
  steps: v.pipe(v.array(StepSchema), v.minLength(1)),
});

/** A fix names elements as people see them: never by a selector (class names, ids). */
const seen = v.pipe(
  ElementQuerySchema,
  v.check((q) => q.selector === undefined, 'a fix names elements by what people see, never by a selector'),
);
const seenQueries = v.pipe(v.array(seen), v.minLength(1), v.maxLength(10));

/** A field fix (types.ts `Fix`): the same pieces as the catalogue's, checked the same way. */
export const FixSchema = v.pipe(
  v.strictObject({
    scenario: id,
    step: id,
    page: v.optional(
      v.pipe(
        v.array(v.strictObject({ url: v.array(PageKeySchema), at: v.optional(at), shows: v.optional(v.pipe(v.array(seen), v.maxLength(10))), hides: v.optional(v.pipe(v.array(seen), v.maxLength(10))), after: v.optional(id) })),
        v.minLength(1),
        v.maxLength(5),
      ),
    ),
    target: v.optional(seenQueries),
    not: v.optional(seenQueries),
  }),
  v.check((f) => f.page !== undefined || f.target !== undefined || f.not !== undefined, 'a fix changes something'),
);

export const FixesSchema = v.pipe(v.array(FixSchema), v.maxLength(500));

// The schema and the TypeScript types describe the same data (a compile-time check both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Plain<T> = T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? { -readonly [K in keyof T]: Plain<T[K]> } : T;
export const schemaMatchesTypes: [
  Same<Plain<v.InferOutput<typeof ElementQuerySchema>>, Plain<ElementQuery>>,
  Same<Plain<v.InferOutput<typeof PageSpecSchema>>, Plain<PageSpec>>,
  Same<Plain<v.InferOutput<typeof StepSchema>>, Plain<Step>>,
  Same<Plain<v.InferOutput<typeof ScenarioSchema>>, Plain<Scenario>>,
  Same<Plain<v.InferOutput<typeof FixSchema>>, Plain<Fix>>,
] = [true, true, true, true, true];
