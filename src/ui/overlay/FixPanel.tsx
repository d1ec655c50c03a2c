import { useState } from 'preact/hooks';
import { stepCode } from '../../catalogue';
import type { Scenario } from '../../catalogue/types';
import type { FixCommand, FixUi } from '../../fixes/ui';
import { t } from '../i18n';

/** Only a person's own click drives the extension, never a page script. */
const trusted = (handler: () => void) => (e: Event) => {
  if (e.isTrusted) handler();
};

const REFUSED = { personal: 'fixPersonal', unnamed: 'fixUnnamed', 'not-control': 'fixNotControl', ambiguous: 'fixAmbiguous' } as const;

/** The field-fix part of the hint: pick mode, the pick described, the step chosen, saved. */
export function FixPanel({ ui, scenario, onFix, spotlit = false }: { ui: FixUi; scenario: Scenario; onFix: (c: FixCommand) => void; spotlit?: boolean }) {
  const [step, setStep] = useState(ui.phase === 'picked' ? ui.step : '');
  const cancel = (
    <button type="button" class="quiet" data-action="fix-cancel" onClick={trusted(() => onFix({ type: 'cancel' }))}>
      {t('fixCancel')}
    </button>
  );
  if (ui.phase === 'picking') {
    return (
      <div class="fix" data-fix="picking">
        <h2 class="title">{t('fix')}</h2>
        {ui.wrongNoted ? <p class="status">{t('fixWrongNoted')}</p> : null}
        {ui.refused ? (
          <p class="warning" role="alert">
            {t(REFUSED[ui.refused])}
          </p>
        ) : null}
        <p class="hint" role="status">
          {t('fixPicking')}
        </p>
        <div class="actions">
          {spotlit ? (
            <button type="button" data-action="fix-wrong" onClick={trusted(() => onFix({ type: 'wrong' }))}>
              {t('fixWrong')}
            </button>
          ) : null}
          <button type="button" data-action="fix-page" onClick={trusted(() => onFix({ type: 'page' }))}>
            {t('fixPage')}
          </button>
          {cancel}
        </div>
      </div>
    );
  }
  if (ui.phase === 'picked') {
    return (
      <div class="fix" data-fix="picked">
        <h2 class="title">{t('fix')}</h2>
        <p class="hint" role="status" data-fix-pick>
          {t('fixPicked', ui.words)}
        </p>
        <label class="fix-step">
          {t('fixFor')}{' '}
          <select data-fix-step value={step || ui.step} onChange={(e) => setStep(e.currentTarget.value)}>
            {scenario.steps.map((s) => (
              <option key={s.id} value={s.id} lang="ru">
                {`${stepCode(scenario, s.id)} ${s.title}`}
              </option>
            ))}
          </select>
        </label>
        <div class="actions">
          <button type="button" class="primary" data-action="fix-save" onClick={trusted(() => onFix({ type: 'save', step: step || ui.step }))}>
            {t('fixSave')}
          </button>
          {cancel}
        </div>
      </div>
    );
  }
  return (
    <p class="status done" role="status" data-fix="saved">
      <span aria-hidden="true">✓ </span>
      {ui.page ? t('fixPageSaved', ui.page) : t('fixSaved')}
    </p>
  );
}

/**
 * «Показать Проводнику, куда нажать»: last in the hint's order (after its own buttons, for
 * the keyboard), drawn beside the step line (overlay.css), so the hint is no taller for it.
 */
export function FixControl({ onFix }: { onFix: (command: FixCommand) => void }) {
  return (
    <button type="button" class="fix-link" data-action="fix" onClick={trusted(() => onFix({ type: 'start' }))}>
      {t('fix')}
    </button>
  );
}
