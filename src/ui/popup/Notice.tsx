import { useEffect, useState } from 'preact/hooks';
import { clearNotice, loadNotice, watchNotice, type NoticeKind } from '../../storage/notice';
import { t } from '../i18n';

/** A one-time message: saved progress could not be read and was started again. */
export function Notice() {
  const [kind, setKind] = useState<NoticeKind | null>(null);
  useEffect(() => {
    void loadNotice().then(setKind);
    return watchNotice(setKind);
  }, []);
  if (kind !== 'progress-reset') return null;
  return (
    <div class="notice" role="status" data-notice={kind}>
      <p>{t('progressReset')}</p>
      <button type="button" data-action="notice-ok" onClick={() => void clearNotice().then(() => setKind(null))}>
        {t('noticeOk')}
      </button>
    </div>
  );
}
