import { SCENARIOS, stepCode } from '../../catalogue';

/**
 * Every scenario's step codes, for support on the phone: «перейдите к шагу П2-6».
 * The same list is in the README (a unit test keeps them in step).
 */
export function Help() {
  return (
    <main class="page">
      <h1>Проводник: номера шагов</h1>
      <p class="lead">
        У каждого шага есть короткий номер: П, номер задачи, дефис и номер шага (например, П2-5). Он виден в подсказке на
        сайте и в окне Проводника. Назовите его поддержке — так проще понять, где вы сейчас.
      </p>
      <p class="small">
        «Сообщить в поддержку» в окне Проводника собирает отчёт без личных данных: его можно скопировать или сохранить
        файлом и отправить поддержке.
      </p>
      {SCENARIOS.map((s) => (
        <section key={s.id} aria-labelledby={`h-${s.id}`} data-help-scenario={s.id}>
          <h2 id={`h-${s.id}`}>
            П{s.number}. {s.title}
          </h2>
          <p class="small">{s.audience}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">Номер</th>
                <th scope="col">Шаг</th>
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
                    {step.optional ? <span class="small"> (может не понадобиться)</span> : null}
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
