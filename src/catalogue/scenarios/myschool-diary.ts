import type { ElementQuery, Scenario } from '../types';
import { esiaLoginPage } from '../queries';

// Sources: seed 001 (the «Моя школа» part: the child's account bound to the parent's, consent),
// SITES-2026.md §2 (www.gosuslugi.ru/school, «Госуслуги сейчас откроются», the official
// first-use flow, «Выберите регион, в котором находится школа»). The screens' other wordings
// are guesses: the likely ones are accepted.

const LOADING: ElementQuery = { kind: 'text', name: ['Госуслуги сейчас откроются'], partial: true };
const SIGN_IN: ElementQuery = { kind: 'press', name: ['Войти', 'Войти через Госуслуги', 'Войти через госуслуги', 'Войти в дневник'] };
const CHILD: ElementQuery = { kind: 'text', name: ['Выберите ребёнка', 'Выберите ученика', 'Чей дневник открыть'], partial: true };
/** A child's row: the child's name is unknown, the role or class under it is not. */
const CHILD_ROW: ElementQuery = { kind: 'press', name: ['ученик', 'ученица', 'класс'], partial: true };
const NEXT: ElementQuery = { kind: 'press', name: ['Продолжить', 'Далее', 'Выбрать'] };
const CONSENTS: ElementQuery = {
  kind: 'text',
  name: ['Согласие на обработку', 'Согласие на получение', 'Согласие на использование', 'Дайте согласие', 'Дайте согласия'],
  partial: true,
};
const AGREE: ElementQuery = { kind: 'press', name: ['Принять', 'Дать согласие', 'Согласен', 'Согласиться', 'Подтвердить'] };
const REGION: ElementQuery = { kind: 'text', name: ['Выберите регион, в котором находится школа'], partial: true };
const FEED: ElementQuery = { kind: 'text', name: ['Лента', 'Оценки', 'Домашние задания', 'Домашнее задание', 'Расписание', 'Расписание на сегодня'] };
const NO_CHILD: ElementQuery = {
  kind: 'text',
  name: ['Нет детей', 'Дети не найдены', 'не нашли детей', 'Добавьте ребёнка', 'Добавьте ребенка', 'нет привязанных детей'],
  partial: true,
};

export const myschoolDiary = {
  id: 'myschool-diary',
  number: 12,
  title: 'Родитель: дневник «Госуслуги Моя школа»',
  audience: 'Для родителя в регионе, где дневник — «Госуслуги Моя школа» (с сентября 2026 года — около 20 регионов).',
  roles: ['parent'],
  needs: [
    'Подтверждённая учётная запись родителя на Госуслугах',
    'Ребёнок добавлен в «Документы» → «Семья и дети»',
    'Ребёнку 14 лет и больше: его учётная запись привязана кнопкой «Привязать»',
    'Телефон родителя под рукой: придёт код',
  ],
  sources: ['001', 'SITES-2026.md §2'],
  steps: [
    {
      id: 'open-school',
      title: 'Откройте «Моя школа» и войдите',
      hint: 'Это дневник «Моя школа» на Госуслугах. Нажмите «Войти».',
      warning: 'Надпись «Госуслуги сейчас откроются» — страница ещё загружается: подождите.',
      instruction: 'Откройте www.gosuslugi.ru/school. Когда страница загрузится, нажмите «Войти».',
      who: 'parent',
      page: [
        { url: ['gosSchool'], shows: [SIGN_IN], hides: [CHILD, REGION, FEED] },
        { url: ['gosSchool'], shows: [LOADING] },
      ],
      target: [SIGN_IN],
      opens: 'https://www.gosuslugi.ru/school',
    },
    {
      id: 'esia-login',
      title: 'Войдите на Госуслуги как родитель',
      hint: 'Введите телефон, почту или СНИЛС и пароль родителя. Затем нажмите «Войти».',
      warning: 'Входите со своей учётной записью родителя. После пароля Госуслуги попросят код: это нормально.',
      instruction: 'Введите свой логин («Телефон / Email / СНИЛС») и «Пароль», нажмите «Войти», затем введите код.',
      who: 'parent',
      page: [esiaLoginPage],
      target: [{ kind: 'press', name: ['Войти'] }],
    },
    {
      id: 'choose-child',
      title: 'Выберите ребёнка',
      hint: 'Нажмите на своего ребёнка, затем «Продолжить», если кнопка есть.',
      warning: 'Ученику 18 лет и больше выбирает роль «Ученик» сам.',
      instruction: 'При первом входе нажмите на имя своего ребёнка, затем «Продолжить».',
      who: 'parent',
      page: [{ url: ['gosSchool'], shows: [CHILD] }],
      target: [NEXT, CHILD_ROW],
    },
    {
      id: 'consents',
      title: 'Дайте согласия',
      hint: 'Прочитайте согласие и примите его кнопкой под текстом. Их несколько: каждое нужно один раз.',
      instruction: 'Примите согласия: на обработку данных, на данные об успеваемости, на учебные материалы.',
      who: 'parent',
      page: [{ url: ['gosSchool'], shows: [CONSENTS, AGREE] }],
      target: [AGREE],
    },
    {
      id: 'choose-region',
      title: 'Выберите регион школы',
      hint: 'Нажмите на поле «Регион» и выберите регион, где учится ребёнок.',
      instruction: 'Найдите и выберите регион, в котором учится ребёнок.',
      who: 'parent',
      page: [{ url: ['gosSchool'], shows: [REGION] }],
      target: [
        { kind: 'field', name: ['Регион', 'Выберите регион', 'Поиск региона', 'Введите название региона'] },
        { kind: 'field', selector: '[role="combobox"], select' },
      ],
    },
    {
      id: 'diary',
      title: 'Дневник открыт',
      hint: 'Готово: в ленте оценки, домашние задания и расписание ребёнка.',
      instruction: 'Откройте www.gosuslugi.ru/school/feed: там оценки, задания и расписание.',
      who: 'parent',
      page: [{ url: ['gosSchool'], shows: [FEED], hides: [CHILD, REGION] }],
      done: [FEED],
      opens: 'https://www.gosuslugi.ru/school/feed',
    },
    {
      id: 'no-child',
      title: 'Добавьте ребёнка на Госуслугах',
      hint: 'Ребёнка нет в вашем профиле. Добавьте его в «Семья и дети» и вернитесь.',
      warning: 'Ребёнку 14 лет и больше — привяжите его учётную запись кнопкой «Привязать» (задача П5).',
      instruction: 'На Госуслугах откройте «Документы» → «Семья и дети» и добавьте ребёнка (задача П2) или привяжите его (задача П5).',
      who: 'parent',
      optional: true,
      page: [{ url: ['gosSchool'], shows: [NO_CHILD] }],
      target: [{ kind: 'press', name: ['Семья и дети', 'Добавить ребёнка', 'Добавить ребенка'], partial: true }],
      branch: { scenario: 'child-gosuslugi-account', when: 'Ребёнка нет в профиле: добавьте его (для 14 лет и старше — задача П5)' },
    },
  ],
} as const satisfies Scenario;
