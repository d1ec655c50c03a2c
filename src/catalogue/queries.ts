import type { ElementQuery, PageSpec, Step, Who } from './types';
import type { PageKey } from './pages';

// Queries, pages and steps that several scenarios share (one place for them: the scenario
// data files import from here, never from each other).

/** The diary's button that starts the Gosuslugi sign-in (seed 000; seeds 002/003 spell it otherwise). */
export const GOSUSLUGI_ENTRY: ElementQuery = {
  kind: 'press',
  name: ['Вход через портал госуслуг', 'Войти через портал госуслуг', 'Вход через Госуслуги', 'Войти через Госуслуги'],
};

/**
 * The ESIA consent screen shares the login URL (seed 000 shows it at esia.gosuslugi.ru/login/).
 * Its title as text: a styled block as often as a heading (the page has no public DOM, SITES.md).
 */
export const ESIA_GRANT_HEADING: ElementQuery = { kind: 'text', name: ['Предоставление прав доступа'] };

/**
 * The ESIA sign-in: any ESIA login address not showing the consent screen (the form,
 * the QR code, the SMS-code screen after the password all count as signing in).
 */
export const esiaLoginPage: PageSpec = { url: ['esiaLogin'], hides: [ESIA_GRANT_HEADING] };

export const esiaGrantStep = (who: Who): Step => ({
  id: 'esia-grant',
  title: 'Разрешите дневнику доступ',
  hint: 'Дневник просит данные для входа: ФИО, почту, телефон, СНИЛС, а иногда документ и данные ребёнка. Нажмите «Предоставить».',
  warning: '«Отказать» закроет вход в дневник.',
  instruction:
    'На странице «Предоставление прав доступа» проверьте, кто просит данные, и нажмите «Предоставить». Список прав у регионов разный: от ФИО и СНИЛС до данных документа, удостоверяющего личность, и СНИЛС ребёнка. Если такой страницы нет, пропустите этот шаг.',
  who,
  optional: true,
  page: [{ url: ['esiaLogin'], shows: [ESIA_GRANT_HEADING] }],
  target: [{ kind: 'press', name: ['Предоставить'] }],
});

/** The VK ID screen where the person checks their own data (seed 000). */
export const VKID_PROFILE_HEADING: ElementQuery = { kind: 'text', name: ['Информация о себе'] };

/** The diary's success text once the e-diary and Sferum are linked (seed 000). */
export const LINKED_TEXT: ElementQuery = {
  kind: 'text',
  name: ['Электронный дневник и учебный аккаунт Сферума связаны'],
  partial: true,
};

// Gosuslugi personal cabinet: the family pages (seeds 000–003).

/** Signed-in lk pages that are no step of their own: the person starts from the header. */
export const LK_ANY_PAGE = ['lkHome', 'lkProfile'] as const;

/** The header's «Документы» (the main page's «Документы» heading is no control). */
export const DOCUMENTS_MENU: ElementQuery = { kind: 'press', name: ['Документы'] };

/** «Документы и данные» side navigation. */
export const FAMILY_SECTION: ElementQuery = { kind: 'press', name: ['Семья и дети'] };

/** The block of children on «Семья и дети». */
export const KIDS_BLOCK = 'Дети';

/** A child's card in block «Дети»: by its stable address, never by the child's name. */
export const CHILD_LINK: ElementQuery = { kind: 'press', selector: 'a[href*="/profile/family/child/"]', within: [KIDS_BLOCK] };

/**
 * «Добавить» in block «Дети» (not under «Брак и развод» or «Родители»); once a child is
 * there, the documents' «Добавить ещё ребёнка» (seed 000).
 */
export const ADD_CHILD: ElementQuery = { kind: 'press', name: ['Добавить', 'Добавить ещё ребёнка'], within: [KIDS_BLOCK] };
export const ADD_ANOTHER_CHILD: ElementQuery = { kind: 'press', name: ['Добавить ещё ребёнка'] };

/** The account block of the child's card (seed 001 names it in full, seed 000 shorter). */
export const ACCOUNT_BLOCK = ['Учётная запись ребёнка на Госуслугах', 'Учётная запись ребёнка'] as const;
/** Its title as text: a heading on some pages, a bold line on others. */
export const ACCOUNT_HEADING: ElementQuery = { kind: 'text', name: ACCOUNT_BLOCK };
export const BIND_BUTTON: ElementQuery = { kind: 'press', name: ['Привязать'], within: ACCOUNT_BLOCK };

// VK Messenger (seed 004).

/**
 * Said at the start of every scenario in VK Messenger (SITES-2026.md §1, PITFALLS 16): from
 * autumn 2025 most regions moved school chats into the MAX messenger; old chats became
 * read-only. The popup shows it with the scenario, the first step's warning repeats it.
 */
export const MAX_MOVED = 'С 2025 года школьные чаты в большинстве регионов переехали в мессенджер MAX.';
export const MAX_MOVED_FIRST_STEP = `${MAX_MOVED} Если ваша школа уже там, выберите в окне Проводника задачу про чат в MAX.`;

/** The first step's way to the MAX scenarios (the popup's link under the step). */
export const TO_MAX_FAMILY = { scenario: 'max-family-chat', when: 'Школа уже в MAX?' } as const;
export const TO_MAX_TEACHER = { scenario: 'max-teacher-chat', when: 'Школа уже в MAX?' } as const;

/** Every page of VK Messenger (chat list, a chat, an invitation link). */
export const VKM: readonly PageKey[] = ['vkMe', 'vkMeGroupChat', 'vkMeJoin'];

/** «Создать профиль Сферум» (seed 004): shown while there is no study profile. */
export const CREATE_PROFILE: ElementQuery = { kind: 'press', name: ['Создать профиль Сферум'] };

/** The form of the study profile (heading assumed by the replica) and its button (seed 004: «создайте учебный аккаунт»). */
const PROFILE_FORM: ElementQuery = { kind: 'heading', name: ['Создание профиля Сферум'] };
export const PROFILE_SUBMIT: ElementQuery = { kind: 'press', name: ['Создать учебный аккаунт'] };

/** The study profile step, the same for teachers, pupils and parents (seed 004, steps 2–3). */
export const profileStep = (who: Who, extra: Pick<Step, 'warning' | 'branch'>): Step => ({
  id: 'profile',
  title: 'Создайте профиль Сферум',
  hint: 'Нажмите «Создать профиль Сферум», заполните данные о себе и создайте учебный аккаунт.',
  ...extra,
  instruction:
    'В VK Мессенджере (web.vk.me или приложение) нажмите «Создать профиль Сферум». Заполните информацию о себе и создайте учебный аккаунт.',
  who,
  page: [
    { url: VKM, shows: [CREATE_PROFILE] },
    { url: VKM, shows: [PROFILE_FORM] },
  ],
  target: [PROFILE_SUBMIT, CREATE_PROFILE],
  opens: 'https://web.vk.me/',
});

// MAX (SITES-2026.md §1: texts from public code; the code and password screens' wordings are guesses, all accepted).

/** Every page of the web client (it signs in at any address). */
export const MAX_APP: readonly PageKey[] = ['maxWeb', 'maxGroupChat', 'maxJoin'];

const MAX_QR: ElementQuery = { kind: 'heading', name: ['Войдите в MAX по QR-коду', 'Войдите в МАХ по QR-коду'] };
const MAX_QR_EXPIRED: ElementQuery = { kind: 'text', name: ['Срок действия QR-кода истёк'], partial: true };
const MAX_BY_PHONE: ElementQuery = { kind: 'press', name: ['Войти по номеру телефона'] };
const MAX_PHONE: ElementQuery = { kind: 'heading', name: ['С каким номером телефона хотите войти?'] };
const MAX_CODE: ElementQuery = { kind: 'text', name: ['Введите код', 'Код из СМС', 'Код из SMS', 'Отправили код', 'Мы отправили код', 'Код подтверждения'], partial: true };
const MAX_CODE_FIELD = 'input[autocomplete="one-time-code"]';
const MAX_PASSWORD: ElementQuery = { kind: 'text', name: ['Пароль для входа', 'Введите пароль'], partial: true };

/** Signed in: the search field «Найти» over the chat list. */
export const MAX_SEARCH: ElementQuery = { kind: 'field', name: ['Найти'] };

/**
 * The class chat in the list: a group chat, by its address (groups have negative ids). Its
 * name is the school's; a contact «Классный руководитель» is no chat of the class. Several
 * group chats: no guess (the search is offered instead).
 */
export const MAX_CLASS_CHAT: ElementQuery = { kind: 'press', selector: 'a[href^="https://web.max.ru/-"], a[href^="/-"]' };

/** The MAX sign-in: QR code or phone, the SMS code, the password some people set (optional). */
export const maxLoginSteps = (who: Who, optional: boolean): Step[] => [
  {
    id: 'max-login',
    title: 'Войдите в MAX',
    hint: 'Наведите камеру телефона с приложением MAX на QR-код. Нет приложения — нажмите «Войти по номеру телефона».',
    warning: 'Входите по тому номеру телефона, который знает школа (тот же, что в Сферуме).',
    instruction:
      'Откройте web.max.ru. Отсканируйте QR-код приложением MAX на телефоне или нажмите «Войти по номеру телефона». Если QR-код устарел, нажмите «Обновить QR-код».',
    who,
    page: [
      { url: MAX_APP, shows: [MAX_QR] },
      { url: MAX_APP, shows: [MAX_QR_EXPIRED] },
    ],
    target: [MAX_BY_PHONE, { kind: 'press', name: ['Обновить QR-код'] }],
    opens: 'https://web.max.ru/',
  },
  {
    id: 'max-phone',
    title: 'Введите номер телефона',
    hint: 'Введите номер телефона, который вы дали школе, и нажмите «Войти».',
    instruction: 'На экране «С каким номером телефона хотите войти?» введите свой номер (10 цифр после +7) и нажмите «Войти».',
    who,
    ...(optional ? { optional } : {}),
    page: [{ url: MAX_APP, shows: [MAX_PHONE] }],
    target: [{ kind: 'press', name: ['Войти'] }, { kind: 'field', selector: 'input[type="tel"]' }],
  },
  {
    id: 'max-code',
    title: 'Введите код из СМС',
    hint: 'На телефон пришло СМС с кодом из 6 цифр. Введите его в поле.',
    warning: 'Код может идти несколько минут. Не пришёл — запросите его ещё раз.',
    instruction: 'Введите в поле 6 цифр из СМС, которое MAX прислал на ваш телефон.',
    who,
    ...(optional ? { optional } : {}),
    page: [
      { url: MAX_APP, shows: [{ kind: 'field', selector: MAX_CODE_FIELD }] },
      { url: MAX_APP, shows: [MAX_CODE] },
    ],
    target: [
      { kind: 'field', selector: MAX_CODE_FIELD },
      { kind: 'field', name: ['Код', 'Код из СМС', 'Код из SMS', 'Введите код'] },
      { kind: 'field', selector: 'input[inputmode="numeric"]' },
    ],
  },
  {
    id: 'max-password',
    title: 'Введите пароль MAX',
    hint: 'Вы задавали пароль для входа в MAX. Введите его в поле.',
    warning: 'Это пароль от MAX, не от Госуслуг.',
    instruction: 'Если MAX спрашивает «Пароль для входа», введите пароль, который вы сами задали в MAX. Нет пароля — этот шаг пропускается.',
    who,
    optional: true,
    page: [{ url: MAX_APP, shows: [MAX_PASSWORD, { kind: 'field', selector: 'input[type="password"]' }] }],
    target: [{ kind: 'field', selector: 'input[type="password"]' }],
  },
];
