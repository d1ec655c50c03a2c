import * as v from 'valibot';

/**
 * The shape of progress wherever it is kept (storage.local: stored-progress.ts; a file:
 * progress-file.ts), one valibot schema for both (the catalogue and the field fixes are
 * checked the same way: catalogue/schema.ts). Ids are strings here: which ones the catalogue
 * still knows is `sanitize`'s business (engine/progress.ts).
 */
const plain = <T extends v.GenericSchema>(schema: T) => v.pipe(schema, v.check((x) => !Array.isArray(x)));
const time = v.pipe(v.number(), v.finite());

export const StepRecordSchema = plain(
  v.object({ status: v.picklist(['done', 'skipped']), at: time, by: v.optional(v.picklist(['page', 'person'])) }),
);

export const ScenarioProgressSchema = plain(
  v.object({ current: v.nullable(v.string()), updatedAt: time, steps: plain(v.record(v.string(), StepRecordSchema)) }),
);

export const ProgressSchema = plain(
  v.object({ active: v.nullable(v.string()), scenarios: plain(v.record(v.string(), ScenarioProgressSchema)) }),
);
