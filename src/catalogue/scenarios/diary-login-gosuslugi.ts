import type { ElementQuery, PageSpec, Scenario } from '../types';
import { GOSUSLUGI_ENTRY, esiaGrantStep, esiaLoginPage } from '../queries';

// Sources: seeds 001, 002 («Сетевой город», table of the data the school must have), 003
// (the choice and failure screens). Replicas: tests/fixtures/DIARY-VK-STEPS.md.

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
/** select2 puts the chosen option's text into `title` of the rendered value. */
const SGO_SCHOOL_CHOSEN: ElementQuery = { kind: 'field', selector: 'span.select2-selection__rendered[title]' };
const SGO_CHOICE_TEXT: ElementQuery = { kind: 'text', name: ['Выберите необходимые данные'], partial: true };
const DIARY_HEADING: ElementQuery = { kind: 'heading', name: ['Дневник'] };
const FEEDBACK_HEADING: ElementQuery = { kind: 'heading', name: ['Обращение в организацию'] };
const FEEDBACK_SENT: ElementQuery = { kind: 'heading', name: ['Обращение отправлено'] };

/** The diary's login page before anything is chosen: where the person starts. */
const diaryLoginPages: readonly PageSpec[] = [
  { url: ['sgoLogin'], shows: [SGO_GOSBUTTON] },
  { url: ['dnevnikHome'], shows: [GOSUSLUGI_ENTRY] },
  { url: ['dnevnikLogin'], shows: [GOSUSLUGI_ENTRY] },
  { url: ['mySchool'], shows: [GOSUSLUGI_ENTRY] },
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
  ],
  sources: ['001', '002', '003'],
  steps: [
    {
      id: 'prepare',
      title: 'Проверьте, что данные есть в школе',
      hint: 'Вход найдёт вас, только если в школе записаны ваши ФИО, дата рождения, телефон, почта и СНИЛС.',
      warning:
        'Нужны данные родителя и ребёнка: ФИО, дата рождения, телефон и почта, СНИЛС, паспорт родителя и свидетельство о рождении (или паспорт) ребёнка.',
      instruction:
        'Перед входом уточните у классного руководителя, что в школе записаны ФИО, дата рождения, телефон, почта, СНИЛС и документ — ваши и ребёнка, как на Госуслугах.',
      optional: true,
      page: diaryLoginPages,
    },
    {
      id: 'choose-school',
      title: 'Выберите свою школу',
      hint: 'Нажмите поле «Образовательная организация» и выберите школу ребёнка.',
      instruction:
        'На странице входа «Сетевой город. Образование» в поле «Образовательная организация» выберите свою школу. Адрес сайта у каждого региона свой.',
      page: [{ url: ['sgoLogin'], shows: [SGO_GOSBUTTON] }],
      target: [SGO_SCHOOL_LIST, SGO_SCHOOL_PICKER],
      done: [SGO_SCHOOL_CHOSEN],
    },
    {
      id: 'via-gosuslugi',
      title: 'Войдите через Госуслуги',
      hint: 'Нажмите кнопку «Через ГОСУСЛУГИ» (или «Войти через Госуслуги»).',
      instruction:
        'На странице входа дневника нажмите кнопку со значком Госуслуг: «через ГОСУСЛУГИ», «Вход через портал госуслуг» или «Войти через Госуслуги». Логин и пароль дневника не нужны.',
      page: [
        { url: ['sgoLogin'], shows: [SGO_GOSBUTTON, SGO_SCHOOL_CHOSEN] },
        ...diaryLoginPages.filter((p) => !p.url.includes('sgoLogin')),
      ],
      target: [SGO_GOSBUTTON, GOSUSLUGI_ENTRY],
    },
    {
      id: 'esia-login',
      title: 'Войдите на Госуслуги',
      hint: 'Введите телефон, почту или СНИЛС и пароль. Затем нажмите «Войти».',
      warning: 'Входите со своей учётной записью: родитель — с родительской, ребёнок — со своей. Может прийти код по СМС.',
      instruction:
        'На странице Госуслуг введите свой логин («Телефон / Email / СНИЛС») и «Пароль», затем нажмите «Войти».',
      page: [esiaLoginPage],
      target: [{ kind: 'press', name: ['Войти'] }],
    },
    grant,
    {
      id: 'choose-org',
      title: 'Выберите школу и войдите',
      hint: 'Проверьте пользователя и организацию. Нажмите «Войти».',
      warning: 'Родителю — роль «Родитель», ребёнку — свою: не привязывайте учётную запись ребёнка к Госуслугам родителя и наоборот.',
      instruction:
        'На странице «Вход в систему» выберите пользователя и организацию (школу ребёнка) и нажмите «Войти». В «Моя школа» выберите ребёнка и нажмите «Продолжить».',
      page: [
        { url: ['sgoLogin'], shows: [SGO_CHOICE_TEXT] },
        { url: ['sgoDiary'], shows: [DIARY_HEADING] },
        { url: ['mySchool'], shows: [{ kind: 'heading', name: ['Выберите ребёнка', 'Согласие на обработку персональных данных', 'Выберите регион'] }] },
        { url: ['mySchool', 'mySchoolDiary'], shows: [DIARY_HEADING] },
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
        { url: ['sgoLogin'], shows: [{ kind: 'heading', name: ['Запись не найдена'] }] },
        { url: ['sgoLogin'], shows: [FEEDBACK_HEADING] },
        { url: ['sgoLogin'], shows: [FEEDBACK_SENT] },
        { url: ['dnevnikLogin'], shows: [{ kind: 'heading', name: ['Учётная запись не найдена'] }] },
        { url: ['sgoLogin', 'sgoDiary'], shows: [{ kind: 'text', name: ['Ваш дневник не найден'], partial: true }] },
      ],
      target: [
        { kind: 'press', name: ['Отправить'], within: ['Обращение в организацию'] },
        { kind: 'press', name: ['Обратиться в организацию'] },
      ],
      done: [FEEDBACK_SENT],
    },
  ],
} as const satisfies Scenario;
