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
    <div class="bar" role="banner" aria-label="Демонстрация Проводника">
      <p class="demo" data-demo-banner>
        <strong>Демонстрация</strong>
        <span class="sr">: это копия страницы, а не настоящий сайт.</span>
      </p>
      <p class="address" data-demo-address title={url?.href ?? ''}>
        <svg class="lock" width="14" height="16" viewBox="0 0 14 16" aria-hidden="true" focusable="false">
          <rect x="1" y="7" width="12" height="8" rx="2" fill="currentColor" />
          <path d="M4 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        <span class="sr">Адрес настоящей страницы: </span>
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
        <button type="button" data-demo="prev" onClick={onPrev} title="Назад (PageUp)">
          <span aria-hidden="true">◀ </span>Назад
        </button>
        <button type="button" class="primary" data-demo="next" onClick={onNext} title="Нажать то, что подсвечено (PageDown)">
          Дальше<span aria-hidden="true"> ▶</span>
        </button>
        <button type="button" data-demo="restart" onClick={onRestart}>
          Сначала
        </button>
        <button type="button" data-action="presenter" aria-pressed={presenter} onClick={() => onPresenter(!presenter)}>
          Режим докладчика
        </button>
        <a class="all" href={SANDBOX_PAGE} data-demo="all">
          Все сценарии
        </a>
      </div>
      <p class="line">
        <span class="copy" aria-hidden="true">
          Это копия страницы, а не настоящий сайт. Ничего никуда не отправляется.
        </span>
        <span class={notice ? 'notice' : 'notice empty'} role="status" aria-live="polite" data-demo-notice>
          {notice ?? (title ? `Сценарий: ${title}` : '')}
        </span>
      </p>
    </div>
  );
}
