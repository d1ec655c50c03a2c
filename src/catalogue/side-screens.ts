import type { ElementQuery, PageSpec, Step } from './types';

/**
 * ESIA's own screens between the password and the next step (SITES-2026.md §3; docs/SCENARIOS.md
 * «ESIA side screens»): Step-shaped records on the ESIA login page. In a scenario with an
 * ESIA sign-in step (a step whose page is that login page), a side screen the page shows
 * wins over the sign-in step (src/engine/side-screens.ts); it is reported as
 * `<scenario>/<side screen id>`, keeps the sign-in step's number and is never a checklist
 * step. Markup known from public code: components `esia-enter-mfa` > `esia-otp` |
 * `esia-ttp` > a `type=tel` input, `esia-max-quiz` (a heading and a skip button),
 * `esia-reaction` (captcha or anomaly check); the texts below are the sources' where they
 * quote them, likely wordings beside them where they do not (all accepted).
 */

// (No side screen shares the page with «Предоставление прав доступа»: the consent screen needs no exclusion here.)
const on = (...shows: ElementQuery[]): PageSpec => ({ url: ['esiaLogin'], shows });
const text = (...name: string[]): ElementQuery => ({ kind: 'text', name, partial: true });

// First match wins: the specific screens first, the MAX offer (whose words a code screen may share) last.

/** MAX as ESIA writes it (Cyrillic «МАХ» in the news quote) and in Latin letters. */
const MAX = ['МАХ', 'MAX'];

const CODE_INPUT = 'esia-enter-mfa input, esia-otp input, esia-ttp input';
/** A code typed one digit per field: the first one. */
const FIRST_CODE_INPUT = 'esia-enter-mfa input[type="tel"]:first-of-type, esia-otp input[type="tel"]:first-of-type, esia-ttp input[type="tel"]:first-of-type';
const SKIP: ElementQuery = { kind: 'press', name: ['Пропустить', 'Не сейчас', 'Позже', 'Напомнить позже', 'Отложить', 'Продолжить без МАХ', 'Продолжить без MAX'] };

export const SIDE_SCREENS: readonly Step[] = [
  {
    id: 'esia-role',
    title: 'Выберите «частное лицо»',
    hint: 'Госуслуги спрашивают, от чьего имени войти. Выберите себя — «частное лицо».',
    warning: 'Не выбирайте организацию или «Юридическое лицо».',
    instruction: 'На экране «Войти как» нажмите «Войти как частное лицо» со своим именем.',
    page: [on({ kind: 'heading', name: ['Войти как', 'Выберите организацию'] }), on(text('Войти как частное лицо'))],
    target: [{ kind: 'press', name: ['Войти как частное лицо', 'Частное лицо'], partial: true }],
  },
  {
    id: 'esia-max-offer',
    title: 'Госуслуги просят подключить МАХ',
    hint: 'Коды для входа теперь приходят в мессенджер МАХ. Этот экран пропустить нельзя: подключите МАХ по кнопке.',
    warning: 'Нет МАХ на телефоне — установите его и вернитесь.',
    instruction: 'Коды для входа на Госуслуги будут приходить в мессенджер МАХ. Нажмите кнопку подключения.',
    page: [on(text(...MAX.map((m) => `Теперь вы будете подтверждать вход через мессенджер ${m}`)))],
    target: [{ kind: 'press', name: [...MAX.flatMap((m) => [`Подключить ${m}`, `Перейти в ${m}`]), 'Подключить', 'Продолжить', 'Понятно'] }],
  },
  {
    id: 'esia-check',
    title: 'Пройдите проверку Госуслуг',
    hint: 'Это проверка самих Госуслуг, что входите вы, а не программа. Введите символы с картинки или ответьте на вопрос.',
    instruction: 'Госуслуги проверяют вход. Введите символы с картинки и нажмите кнопку под полем.',
    page: [
      on({ kind: 'field', selector: 'esia-reaction input' }),
      on({ kind: 'press', selector: 'esia-reaction button' }),
      on(text('Введите символы', 'Я не робот', 'Подозрительн', 'Необычн')),
    ],
    target: [
      { kind: 'field', selector: 'esia-reaction input:not([type="checkbox"])' },
      { kind: 'check', name: ['Я не робот'] },
      { kind: 'field', name: ['Символы с картинки', 'Введите символы с картинки'] },
      { kind: 'press', selector: 'esia-reaction button' },
    ],
  },
  {
    id: 'esia-password-change',
    title: 'Госуслуги просят сменить пароль',
    hint: 'Придумайте новый пароль и введите его дважды. Если есть кнопка пропуска, смену можно отложить.',
    instruction: 'Введите новый пароль два раза и сохраните. Если есть кнопка пропуска, смену можно отложить.',
    page: [on({ kind: 'heading', name: ['Смените пароль', 'Смена пароля', 'Изменение пароля', 'Придумайте новый пароль'] }), on(text('Срок действия пароля истек', 'сменить пароль'))],
    target: [
      { kind: 'field', name: ['Текущий пароль', 'Старый пароль', 'Действующий пароль'] },
      { kind: 'field', name: ['Новый пароль', 'Придумайте пароль', 'Придумайте новый пароль'] },
      SKIP,
    ],
  },
  {
    id: 'esia-code',
    title: 'Госуслуги просят код',
    hint: 'Введите код из СМС, из приложения или из МАХ. «Код доступен на доверенном устройстве» — код пришёл в МАХ.',
    warning: 'Код может идти несколько минут. Вместо СМС может позвонить робот: введите последние цифры номера.',
    instruction: 'Введите код для входа из СМС, приложения или мессенджера МАХ в поле на экране.',
    page: [
      on({ kind: 'field', selector: CODE_INPUT }),
      on(text('Код доступен на доверенном устройстве', 'Введите код', 'Код из СМС', 'Код из SMS', 'Код подтверждения', 'Код отправлен')),
    ],
    target: [
      { kind: 'field', selector: FIRST_CODE_INPUT },
      { kind: 'field', selector: CODE_INPUT },
      { kind: 'field', name: ['Код', 'Код из СМС', 'Код из SMS', 'Код подтверждения', 'Введите код'] },
      { kind: 'field', selector: 'input[type="tel"], input[autocomplete="one-time-code"]' },
    ],
  },
  {
    id: 'esia-max-offer',
    title: 'Госуслуги предлагают МАХ',
    hint: 'Госуслуги предлагают получать коды в мессенджер МАХ. Это можно пропустить: нажмите подсвеченную кнопку.',
    instruction: 'Госуслуги предлагают подключить МАХ для кодов входа. Это можно пропустить.',
    page: [
      on({ kind: 'press', selector: 'esia-max-quiz button, esia-max-quiz a' }),
      on(text(...MAX.flatMap((m) => [`Подключите ${m}`, `Подключить ${m}`]))),
    ],
    target: [{ ...SKIP, selector: 'esia-max-quiz button' }, SKIP],
  },
];
