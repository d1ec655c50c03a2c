import type { ElementQuery, PageSpec, Scenario } from '../types';
import { GOSUSLUGI_ENTRY, esiaGrantStep, esiaLoginPage } from '../queries';

// Sources: seeds 001 (the child's first login fails until the parent consents), 002
// («Сетевой город», table of the data the school must have; the child added in «Семья и
// дети» first), 003 (the choice and failure screens, «Нет нужной организации»), SITES-2026.md
// §4–5 (the routes of today's «Сетевой город» and Дневник.ру). Replicas:
// tests/fixtures/DIARY-VK-STEPS.md.

/** «Сетевой город»: the Gosuslugi button is a `div.gosbutton` with «Через» and a logo image (SITES.md). */
const SGO_GOSBUTTON: ElementQuery = { kind: 'press', name: ['Через', 'Через Госуслуги'], selector: 'div.gosbutton' };
/** The school picker (select2): its name is the placeholder while empty, then the school. */
const SGO_SCHOOL_PICKER: ElementQuery = {
  kind: 'field',
  name: ['Выберите организацию'],
  selector: 'span.select2-selection[role="combobox"]',
};
/** The open select2 list (appended to the page's end): spotlit while the person picks, so the hint sits below it. */
const SGO_SCHOOL_LIST: ElementQuery = { kind: 'field', selector: 'ul.select2-results__options[role="listbox"]' };
/**
 * select2 puts the chosen option's text into `title` of the rendered value; while nothing is
 * chosen it may carry the placeholder's text there too, with the placeholder inside.
 */
const SGO_SCHOOL_CHOSEN: ElementQuery = {
  kind: 'field',
  selector: 'span.select2-selection__rendered[title]:not([title=""]):not(:has(.select2-selection__placeholder))',
};
const SGO_CHOICE_TEXT: ElementQuery = { kind: 'text', name: ['Выберите необходимые данные'], partial: true };
/** «Запись не найдена»: a heading in the documents (003), a plain `div` in today's build (SITES-2026.md §4). */
const SGO_NOT_FOUND: ElementQuery = { kind: 'text', name: ['Запись не найдена', 'Учётная запись не найдена'] };
/**
 * The first sign-in of a child whose parent has not consented yet (001: «Первая авторизация
 * будет неуспешной»). The diaries' wording is not in the documents: the words it must use.
 */
const CONSENT_NEEDED: ElementQuery = {
  kind: 'text',
  name: ['согласие родителя', 'согласия родителя', 'согласие законного представителя', 'согласия законного представителя'],
  partial: true,
};
const DNEVNIK_NOT_FOUND: ElementQuery = {
  kind: 'text',
  name: ['Учётная запись не найдена', 'Учетная запись не найдена', 'Учётная запись не связана', 'Учетная запись не связана'],
  partial: true,
};
const DIARY_HEADING: ElementQuery = { kind: 'heading', name: ['Дневник'] };
const FEEDBACK_HEADING: ElementQuery = { kind: 'heading', name: ['Обращение в организацию'] };
const FEEDBACK_SENT: ElementQuery = { kind: 'heading', name: ['Обращение отправлено'] };

/** The diary's login page before anything is chosen: where the person starts. */
const diaryLoginPages: readonly PageSpec[] = [
  { url: ['sgoLogin', 'sgoAccounts'], shows: [SGO_GOSBUTTON] },
  { url: ['dnevnikHome'], shows: [GOSUSLUGI_ENTRY] },
  { url: ['dnevnikLogin'], shows: [GOSUSLUGI_ENTRY] },
  // «Моя школа»: today at www.gosuslugi.ru/school (myschool-diary's pages), myschool.edu.ru kept as the older address.
  { url: ['mySchool', 'gosSchool'], shows: [GOSUSLUGI_ENTRY] },
  { url: ['oneLogin'] },
];

// Whoever signs in (a parent, or a pupil with their own account): the step is theirs.
const { who: _grantWho, ...grant } = esiaGrantStep('parent');

export const diaryLoginGosuslugi = {
  id: 'diary-login-gosuslugi',
  number: 7,
  title: 'Войти в электронный дневник через Госуслуги',
  audience: 'Для родителя или ученика с подтверждённой учётной записью на Госуслугах; любой регион.',
  roles: ['parent', 'pupil'],
  needs: [
    'Адрес электронного дневника вашего региона',
    'Логин и пароль от Госуслуг (свои: родителю — родителя, ребёнку — ребёнка)',
    'Школа должна знать ФИО, дату рождения, телефон, почту и СНИЛС — ваши и ребёнка',
    'Ребёнок добавлен в «Семья и дети» на Госуслугах родителя — до первого входа',
  ],
  sources: ['001', '002', '003'],
  steps: [
    {
      id: 'prepare',
      title: 'Проверьте, что данные есть в школе',
      hint: 'Вход найдёт вас, только если в школе записаны ваши ФИО, дата рождения, телефон, почта и СНИЛС. Ребёнок должен быть в «Семья и дети» на Госуслугах.',
      warning:
        'До первого входа родитель добавляет ребёнка в «Семья и дети»: так дневник свяжет родителя и ученика. Первый вход ребёнка не пройдёт, пока родитель не даст согласие.',
      instruction:
        'Перед входом уточните у классного руководителя, что в школе записаны ФИО, дата рождения, телефон, почта, СНИЛС и документ — ваши и ребёнка, как на Госуслугах. Родитель добавляет ребёнка на Госуслугах в «Документы» → «Семья и дети» (если ещё не добавлен).',
      optional: true,
      page: diaryLoginPages,
    },
    {
      id: 'choose-school',
      title: 'Выберите свою школу',
      hint: 'Выберите школу ребёнка в списке организаций. Для входа через Госуслуги это можно пропустить.',
      instruction:
        'На странице входа «Сетевой город. Образование» выберите свою школу в списке организаций. Для входа через Госуслуги школа не обязательна, а в некоторых регионах списка нет: тогда сразу нажмите кнопку Госуслуг. Адрес сайта у каждого региона свой.',
      // Optional: ESIA sign-in needs no school (SITES-2026.md §4); Gosuslugi-only regions show no picker.
      optional: true,
      page: [{ url: ['sgoLogin'], shows: [SGO_GOSBUTTON, SGO_SCHOOL_PICKER] }],
      target: [SGO_SCHOOL_LIST, SGO_SCHOOL_PICKER],
      done: [SGO_SCHOOL_CHOSEN],
    },
    {
      id: 'via-gosuslugi',
      title: 'Войдите через Госуслуги',
      hint: 'Нажмите кнопку Госуслуг: «через ГОСУСЛУГИ» или «Вход через портал госуслуг». Логин и пароль дневника не нужны.',
      instruction:
        'На странице входа дневника нажмите кнопку со значком Госуслуг: «через ГОСУСЛУГИ», «Вход через портал госуслуг» или похожую. Логин и пароль дневника не нужны.',
      page: [
        { url: ['sgoLogin'], shows: [SGO_GOSBUTTON, SGO_SCHOOL_CHOSEN] },
        // Only the Gosuslugi button (a Gosuslugi-only region), or the school left out on purpose.
        { url: ['sgoLogin'], shows: [SGO_GOSBUTTON], hides: [SGO_SCHOOL_PICKER] },
        { url: ['sgoLogin'], shows: [SGO_GOSBUTTON], after: 'choose-school' },
        // «Вход в запомненную учетную запись»: no school to choose there.
        { url: ['sgoAccounts'], shows: [SGO_GOSBUTTON] },
        ...diaryLoginPages.filter((p) => !p.url.includes('sgoLogin')),
      ],
      // The diaries' full names first: «Через» alone (the «Сетевой город» button, its logo an
      // image) is also a word of «Войти через Госуслуги» elsewhere.
      target: [GOSUSLUGI_ENTRY, SGO_GOSBUTTON],
    },
    {
      id: 'esia-login',
      title: 'Войдите на Госуслуги',
      hint: 'Введите телефон, почту или СНИЛС и пароль. Затем нажмите «Войти».',
      warning:
        'Входите со своей учётной записью: родитель — с родительской, ребёнок — со своей. После пароля может прийти код по СМС: это нормально.',
      instruction:
        'На странице Госуслуг введите свой логин («Телефон / Email / СНИЛС») и «Пароль», затем нажмите «Войти». Забыли пароль — «Восстановить».',
      page: [esiaLoginPage],
      target: [{ kind: 'press', name: ['Войти'] }],
    },
    grant,
    {
      id: 'first-login-consent',
      title: 'Первый вход ребёнка: нужно согласие родителя',
      hint: 'Первый вход ребёнка не проходит, пока родитель не даст согласие на Госуслугах. Потом ребёнок входит снова.',
      warning: 'Согласие даёт родитель в своей учётной записи, один раз: «Уведомления» → запрос → «Предоставить».',
      instruction:
        'Родитель входит на Госуслуги в свою учётную запись (к которой привязан ребёнок), открывает «Уведомления», находит запрос на передачу данных ребёнка и даёт согласие. Затем ребёнок снова входит в дневник через Госуслуги.',
      optional: true,
      wait: 'Когда родитель дал согласие, ребёнок снова нажимает вход через Госуслуги.',
      page: [
        { url: ['dnevnikEsiaAuth', 'dnevnikLogin', 'sgoLogin', 'sgoSso', 'mySchool'], shows: [CONSENT_NEEDED] },
      ],
      branch: { scenario: 'parent-consent', when: 'Ребёнок входит впервые, и вход не удался?' },
    },
    {
      id: 'choose-org',
      title: 'Выберите школу и войдите',
      hint: 'Проверьте пользователя и организацию. Нажмите «Войти».',
      warning: 'Родителю — роль «Родитель», ребёнку — свою: не привязывайте учётную запись ребёнка к Госуслугам родителя и наоборот.',
      instruction:
        'На странице «Вход в систему» выберите пользователя и организацию (школу ребёнка) и нажмите «Войти». Школы нет в списке — «Нет нужной организации»: сообщите классному руководителю. В «Моя школа» выберите ребёнка и нажмите «Продолжить».',
      page: [
        { url: ['sgoLogin', 'sgoSso'], shows: [SGO_CHOICE_TEXT] },
        { url: ['sgoDiary'], shows: [DIARY_HEADING] },
        { url: ['mySchool', 'gosSchool'], shows: [{ kind: 'heading', name: ['Выберите ребёнка', 'Согласие на обработку персональных данных', 'Выберите регион'] }] },
        { url: ['mySchool', 'mySchoolDiary', 'gosSchool'], shows: [DIARY_HEADING] },
      ],
      target: [
        { kind: 'press', name: ['Войти'] },
        { kind: 'press', name: ['Продолжить'] },
      ],
      done: [DIARY_HEADING],
    },
    {
      id: 'not-found',
      title: 'Запись не найдена: обратитесь в школу',
      hint: 'Дневник не нашёл вас по данным Госуслуг. Нажмите «Обратиться в организацию» и отправьте форму.',
      warning:
        'Исправить это может только школа: в ней должны быть верные ФИО, дата рождения, телефон, почта и СНИЛС — ваши и ребёнка.',
      instruction:
        'Нажмите «Обратиться в организацию», заполните форму и нажмите «Отправить». Если такой кнопки нет, сообщите классному руководителю, что учётная запись не найдена.',
      page: [
        { url: ['sgoLogin', 'sgoSso'], shows: [SGO_NOT_FOUND] },
        { url: ['sgoLogin', 'sgoSso'], shows: [FEEDBACK_HEADING] },
        { url: ['sgoLogin', 'sgoSso'], shows: [FEEDBACK_SENT] },
        { url: ['dnevnikLogin', 'dnevnikEsiaAuth'], shows: [DNEVNIK_NOT_FOUND] },
        { url: ['sgoLogin', 'sgoSso', 'sgoDiary'], shows: [{ kind: 'text', name: ['Ваш дневник не найден'], partial: true }] },
      ],
      target: [
        { kind: 'press', name: ['Отправить'], within: ['Обращение в организацию'] },
        { kind: 'press', name: ['Обратиться в организацию'] },
      ],
      done: [FEEDBACK_SENT],
    },
  ],
} as const satisfies Scenario;
