import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { stepCode } from '../../catalogue';
import { HOST_NAMES } from '../../catalogue/sites';
import { reachOf } from '../../catalogue/split';
import type { GuideView } from '../../engine/guide';
import { t, uiLang } from '../i18n';

interface Props {
  readonly view: GuideView;
  /** «Я сделал(а) это»: the step was done elsewhere */
  readonly onDone: () => void;
  /** controls every overlay state offers (the field-fix control): shown collapsed or not */
  readonly children?: ComponentChildren;
}

/** Only a person's own click drives the extension. */
const trusted = (handler: () => void) => (e: Event) => {
  if (e.isTrusted) handler();
};

/**
 * The `away` note: the page is none of the active scenario's steps. A small note in the
 * corner says which step is next, where it happens and how to get there; collapsed, it
 * is one line. No spotlight.
 */
export function AwayNote({ view, onDone, children }: Props) {
  const [open, setOpen] = useState(true);
  const { scenario, step, index } = view;
  const reach = step.reach ?? reachOf(scenario, index);
  const here = location.host;
  const site = HOST_NAMES[reach.host];
  // A regional diary: the person's own, wherever it is.
  const where = site ? `${site} (${reach.host})` : t('awayRegional');
  const sameSite = site !== undefined && site === HOST_NAMES[here];
  const go = reach.opens ? new URL(reach.opens) : null;
  const goLabel = go ? `${go.host}${go.pathname === '/' ? '' : go.pathname}${go.hash}` : '';
  const code = stepCode(scenario, step.id);
  const bodyId = 'provodnik-away-body';
  return (
    <div class={`bubble corner away${open ? '' : ' collapsed'}`} role="region" aria-label={t('awayLabel')} lang={uiLang()}>
      <button type="button" class="away-toggle" aria-expanded={open} aria-controls={bodyId} onClick={trusted(() => setOpen(!open))}>
        <span class="meta">
          {t('stepOf', index + 1, scenario.steps.length)} · {code}
        </span>
        <span class="away-title" lang="ru">
          {step.title}
        </span>
        <span class="away-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      <div id={bodyId} class="away-body" hidden={!open}>
        <p class="hint" lang="ru">
          {sameSite ? t('awayOtherPage', where) : t('awayOtherSite', where)}
        </p>
        {go ? (
          <p class="away-go">
            <a href={go.href} target="_top">
              {t('awayGo', goLabel)}
            </a>
          </p>
        ) : null}
        <div class="actions">
          <button type="button" data-action="done" onClick={trusted(onDone)}>
            {t('iDidIt')}
          </button>
        </div>
      </div>
      {children ? <div class="actions away-actions">{children}</div> : null}
    </div>
  );
}
