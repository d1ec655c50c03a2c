import { t } from '../ui/i18n';
import { Icon } from '../ui/icons';
import { SANDBOX_PAGE } from './address';

export interface BarProps {
  readonly url: URL | null;
  readonly title: string | null;
  readonly notice: string | null;
  readonly presenter: boolean;
  readonly onNext: () => void;
  readonly onPrev: () => void;
  readonly onRestart: () => void;
  readonly onPresenter: (on: boolean) => void;
}

/**
 * The sandbox's own bar above every replica page: a banner that this is a demonstration,
 * the real address the page stands for, and the presenter's controls.
 */
export function Bar({ url, title, notice, presenter, onNext, onPrev, onRestart, onPresenter }: BarProps) {
  return (
    <div class="bar" role="banner" aria-label={t('barLabel')}>
      <p class="demo" data-demo-banner>
        <strong>{t('demoButton')}</strong>
        <span class="sr">{t('barCopySr')}</span>
      </p>
      <p class="address" data-demo-address title={url?.href ?? ''}>
        <svg class="lock" width="14" height="16" viewBox="0 0 14 16" aria-hidden="true" focusable="false">
          <rect x="1" y="7" width="12" height="8" rx="2" fill="currentColor" />
          <path d="M4 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        <span class="sr">{t('barAddressSr')} </span>
        {url ? (
          <span class="url">
            {url.protocol}//<b>{url.host}</b>
            {url.pathname}
            {url.search}
            {url.hash}
          </span>
        ) : (
          <span class="url">—</span>
        )}
      </p>
      <div class="controls">
        <button type="button" data-demo="prev" onClick={onPrev} title={t('barPrevTitle')}>
          <Icon name="prev" />{' '}
          {t('barPrev')}
        </button>
        <button type="button" class="primary" data-demo="next" onClick={onNext} title={t('barNextTitle')}>
          {t('barNext')}
          {' '}
          <Icon name="forward" />
        </button>
        <button type="button" data-demo="restart" onClick={onRestart}>
          {t('barRestart')}
        </button>
        <button type="button" data-action="presenter" aria-pressed={presenter} onClick={() => onPresenter(!presenter)}>
          {t('presenterMode')}
        </button>
        <a class="all" href={SANDBOX_PAGE} data-demo="all">
          {t('barAll')}
        </a>
      </div>
      <p class="line">
        <span class="copy" aria-hidden="true">
          {t('barCopy')}
        </span>
        <span class={notice ? 'notice' : 'notice empty'} role="status" aria-live="polite" data-demo-notice>
          {notice ?? (title ? t('barScenario', title) : '')}
        </span>
      </p>
    </div>
  );
}
