import { SCENARIOS, stepCode } from '../../catalogue';
import { t, uiLang } from '../i18n';

/**
 * Every scenario's step codes, for support on the phone: «перейдите к шагу П2-6».
 * The same list is in the README (a unit test keeps them in step).
 */
export function Help() {
  return (
    <main class="page" lang={uiLang()}>
      <h1>{t('helpTitle')}</h1>
      <p class="lead">{t('helpLead')}</p>
      <p class="small">{t('helpReport')}</p>
      {SCENARIOS.map((s) => (
        <section key={s.id} aria-labelledby={`h-${s.id}`} data-help-scenario={s.id}>
          <h2 id={`h-${s.id}`}>
            {t('taskCode', s.number)}. {s.title}
          </h2>
          <p class="small">{s.audience}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colCode')}</th>
                <th scope="col">{t('colStep')}</th>
              </tr>
            </thead>
            <tbody>
              {s.steps.map((step) => (
                <tr key={step.id}>
                  <td>
                    <span class="code">{stepCode(s, step.id)}</span>
                  </td>
                  <td>
                    {step.title}
                    {step.optional ? <span class="small"> ({t('mayNotBeNeeded')})</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
