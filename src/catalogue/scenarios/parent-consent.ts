import type { ElementQuery, Scenario } from '../types';
import { LK_ANY_PAGE, esiaLoginPage } from '../queries';

// Sources: seed 001 (Уведомления, «Показать» → «Непрочитанные», the request, «Профиль» →
// «Согласия и доверенности» → «Разрешения»), 002 and 003 (the first child login fails until
// the parent consents once). PITFALLS 7: some schools say «Школьное портфолио»: both are
// recognised (the menu item and the page).

/** «Согласия и доверенности» in some instructions, «Школьное портфолио» in others (PITFALLS 7). */
const AGREEMENTS_LINK: ElementQuery = { kind: 'press', name: ['Согласия и доверенности', 'Школьное портфолио'] };

/**
 * The user menu: the person's name or initials at the top right. Never by that name:
 * by the menu button the header holds.
 */
const USER_MENU: ElementQuery = {
  kind: 'press',
  selector: 'lk-user-menu button[aria-haspopup], header button[aria-haspopup="true"][aria-expanded="false"]',
};

const NOTIFICATIONS_LINK: ElementQuery = {
  kind: 'press',
  name: ['Уведомления'],
  selector: 'a[href="/notifications"], a[href="https://lk.gosuslugi.ru/notifications"]',
};

const UNREAD = 'Непрочитанные';
const UNREAD_SHOWN: ElementQuery = { kind: 'check', name: [UNREAD], checked: true };

/** The request's title is not in the documents: the names seen so far. */
const REQUEST_LINK: ElementQuery = {
  kind: 'press',
  name: [
    'Запрос разрешения на передачу данных ребёнка',
    'Запрос на предоставление разрешения',
    'Запрос согласия на передачу данных ребёнка',
    'Предоставьте разрешение на передачу данных ребёнка',
  ],
  // A row whose name is the date, the title and the sender: the link to a notification's page
  // (one with the title above wins; several such links and no title: the written instruction).
  selector: 'a[href*="/notifications/details/"]',
};

const PERMISSIONS_TAB: ElementQuery = { kind: 'press', name: ['Разрешения'] };

const GRANT_HEADING: ElementQuery = { kind: 'text', name: ['Предоставление прав доступа'] };
const GRANT_BUTTON: ElementQuery = { kind: 'press', name: ['Предоставить'] };
const GRANTED: ElementQuery = { kind: 'text', name: ['Разрешение предоставлено', 'Согласие предоставлено'], partial: true };

/** The diary systems the documents name, as «Разрешения» lists them. */
const DIARY_PERMISSION: ElementQuery = {
  kind: 'text',
  name: ['Моя школа', 'Дневник.ру', 'Сетевой город', 'Электронный дневник'],
  partial: true,
};

export const parentConsent = {
  id: 'parent-consent',
  number: 4,
  title: 'Родитель: разрешить ребёнку вход в дневник',
  audience: 'Для родителя, если ребёнок впервые входит в электронный дневник через Госуслуги и вход не удался.',
  roles: ['parent'],
  needs: [
    'Логин и пароль от Госуслуг родителя (той учётной записи, к которой привязан ребёнок)',
    'Телефон родителя под рукой: может прийти код',
  ],
  sources: ['001', '002', '003'],
  steps: [
    {
      id: 'parent-login',
      title: 'Войдите на Госуслуги как родитель',
      hint: 'Войдите со своей учётной записью — той, к которой привязан ребёнок. Нажмите «Войти».',
      warning: 'Входите как родитель, не как ребёнок. Согласие даётся один раз. После пароля может прийти код по СМС: это нормально.',
      instruction:
        'Откройте Госуслуги, введите свой логин («Телефон / Email / СНИЛС») и «Пароль», нажмите «Войти». Забыли пароль — «Восстановить». Если учётная запись ребёнка не привязана к вашей, сначала привяжите её.',
      who: 'parent',
      page: [esiaLoginPage],
      target: [{ kind: 'press', name: ['Войти'] }],
      opens: 'https://lk.gosuslugi.ru/',
    },
    {
      id: 'open-notifications',
      title: 'Откройте «Уведомления»',
      hint: 'Нажмите на своё имя вверху справа и выберите «Уведомления».',
      instruction: 'Нажмите на своё ФИО или инициалы в правом верхнем углу. В открывшемся меню выберите «Уведомления».',
      who: 'parent',
      page: [{ url: [...LK_ANY_PAGE, 'lkDocuments', 'lkFamily', 'lkChildCard'] }],
      target: [NOTIFICATIONS_LINK, USER_MENU],
      opens: 'https://lk.gosuslugi.ru/',
    },
    {
      id: 'filter-unread',
      title: 'Покажите непрочитанные',
      hint: 'В блоке «Показать» отметьте «Непрочитанные» — так запрос найти проще.',
      instruction: 'На странице «Уведомления» в блоке «Показать» выберите «Непрочитанные». Можно пропустить и искать во всех.',
      who: 'parent',
      optional: true,
      page: [{ url: ['lkNotifications'] }],
      // (A switch on the live site; elsewhere a «Показать» list whose option it is.)
      target: [{ kind: 'check', name: [UNREAD], checked: false }, { kind: 'press', name: [UNREAD] }],
      opens: 'https://lk.gosuslugi.ru/notifications',
    },
    {
      id: 'open-request',
      title: 'Откройте запрос на разрешение',
      hint: 'Откройте уведомление с просьбой разрешить передачу данных ребёнка.',
      instruction:
        'В списке уведомлений найдите запрос на передачу персональных данных ребёнка (от школьной системы, например ФГИС «Моя школа») и откройте его.',
      who: 'parent',
      page: [
        { url: ['lkNotifications'], shows: [UNREAD_SHOWN] },
        { url: ['lkNotifications'], shows: [{ kind: 'text', name: ['Показать: Непрочитанные'], partial: true }] },
      ],
      target: [REQUEST_LINK],
    },
    {
      id: 'grant',
      title: 'Дайте согласие',
      hint: 'Проверьте, кто просит данные ребёнка, и нажмите «Предоставить».',
      warning: '«Отказать» закроет ребёнку вход в дневник.',
      instruction: 'В открытом уведомлении нажмите «Предоставить». Согласие даётся один раз.',
      who: 'parent',
      page: [
        { url: ['lkNotificationDetails'], shows: [GRANT_HEADING] },
        // The request under another title («Запрос на предоставление разрешения»): its «Предоставить».
        { url: ['lkNotificationDetails'], shows: [GRANT_BUTTON] },
        { url: ['lkNotificationDetails'], shows: [GRANTED] },
      ],
      target: [GRANT_BUTTON],
      done: [GRANTED],
    },
    {
      id: 'check-permissions',
      title: 'Проверьте «Разрешения»',
      hint: 'В «Согласия и доверенности» (или «Школьное портфолио») на вкладке «Разрешения» должна быть школьная система.',
      instruction:
        'Откройте меню под своим именем → «Согласия и доверенности» (в некоторых инструкциях — «Школьное портфолио») → «Разрешения». В списке должна быть система дневника, например ФГИС «Моя школа».',
      who: 'parent',
      optional: true,
      page: [
        { url: ['lkAgreements'] },
        // The menu open on any cabinet page once consent is given: «Согласия и доверенности» or «Школьное портфолио».
        { url: [...LK_ANY_PAGE, 'lkNotifications', 'lkNotificationDetails'], shows: [AGREEMENTS_LINK], after: 'grant' },
      ],
      target: [PERMISSIONS_TAB, AGREEMENTS_LINK],
      // On «Разрешения» itself (a cabinet page may name «Моя школа» elsewhere).
      done: [DIARY_PERMISSION, PERMISSIONS_TAB],
      opens: 'https://lk.gosuslugi.ru/settings/third-party/agreements/acting',
    },
  ],
} as const satisfies Scenario;
