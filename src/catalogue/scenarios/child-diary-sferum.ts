import type { ElementQuery, Scenario } from '../types';
import { GOSUSLUGI_ENTRY, LINKED_TEXT, MAX_MOVED, MAX_MOVED_FIRST_STEP, TO_MAX_FAMILY, VKID_PROFILE_HEADING, VKM, esiaGrantStep, esiaLoginPage } from '../queries';

// Source: seed 000, second part («Связь ЭЖ (дневник) с учебным аккаунтом Сферум ребенка»).

/** VK ID's submit button: «Продолжить» on every screen (`data-test-id`, SITES.md). */
const VKID_CONTINUE: ElementQuery = { kind: 'press', name: ['Продолжить'], selector: 'button[data-test-id="submit_btn"]' };
/** The documents' «Войти в другой аккаунт»; public code knows «Войти другим способом». */
const ANOTHER_ACCOUNT: ElementQuery = {
  kind: 'press',
  name: ['Войти в другой аккаунт', 'Войти другим способом'],
  selector: 'button[data-testid="enter-another-way"]',
};
const VKID_ACCOUNT_HEADING: ElementQuery = { kind: 'heading', name: ['Ваш профиль для связи'] };
const VKID_PHONE_HEADING: ElementQuery = { kind: 'heading', name: ['Вход в VK ID'] };
const VKID_PHONE_FIELD: ElementQuery = { kind: 'field', selector: 'input[name="login"][type="tel"]' };
const VKID_PASSWORD_HEADING: ElementQuery = { kind: 'heading', name: ['Введите пароль'] };
const VKID_CODE_FIELD: ElementQuery = { kind: 'field', selector: 'input[name="otp-cell"]' };
/** A group chat of the study profile in the chat list (peer ids from 2000000000). */
const CLASS_CHAT: ElementQuery = { kind: 'press', selector: 'a[href^="/convo/2"]' };

export const childDiarySferum = {
  id: 'child-diary-sferum',
  number: 3,
  title: 'Ребёнок: связать свой дневник со Сферумом',
  audience: `Для ученика (вместе с родителем): у ребёнка есть своя учётная запись на Госуслугах. ${MAX_MOVED}`,
  roles: ['pupil'],
  needs: [
    'Логин и пароль от Госуслуг ребёнка (не родителя)',
    'Телефон ребёнка, указанный в его профиле на Госуслугах',
    'Пароль или код для VK ID ребёнка',
  ],
  sources: ['000'],
  steps: [
    {
      id: 'open-diary',
      title: 'Войдите в дневник через Госуслуги',
      hint: 'Нажмите «Вход через портал госуслуг». Входить будем с учётной записью ребёнка.',
      warning: MAX_MOVED_FIRST_STEP,
      branch: TO_MAX_FAMILY,
      instruction:
        'Откройте one.43edu.ru. На странице входа нажмите кнопку «Вход через портал госуслуг». Не нажимайте «Войти через 43edu.ru».',
      who: 'child',
      page: [{ url: ['oneLogin'] }, { url: ['oneDesktop'], shows: [GOSUSLUGI_ENTRY] }],
      target: [GOSUSLUGI_ENTRY],
      opens: 'https://one.43edu.ru/',
    },
    {
      id: 'esia-login-child',
      title: 'Войдите на Госуслуги как ребёнок',
      hint: 'Введите телефон, почту или СНИЛС и пароль ребёнка. Затем нажмите «Войти».',
      warning:
        'Нужна учётная запись ребёнка, не родителя. Если браузер сам вошёл как родитель, выйдите из Госуслуг и войдите снова. После пароля может прийти код по СМС: это нормально.',
      instruction:
        'На странице Госуслуг введите логин ребёнка («Телефон / Email / СНИЛС») и его «Пароль», затем нажмите «Войти».',
      who: 'child',
      page: [esiaLoginPage],
      target: [{ kind: 'press', name: ['Войти'] }],
    },
    {
      ...esiaGrantStep('child'),
      warning:
        '«Отказать» закроет вход в дневник. Если ребёнок входит впервые и вход не удался, родитель должен дать согласие на Госуслугах.',
      branch: { scenario: 'parent-consent', when: 'Вход ребёнка не удался в первый раз?' },
    },
    {
      id: 'open-chats',
      title: 'Откройте «Чаты»',
      hint: 'Вы в дневнике ребёнка. Нажмите плитку «Чаты».',
      instruction: 'В электронном дневнике на главной странице нажмите значок «Чаты».',
      who: 'child',
      page: [{ url: ['oneDesktop'], shows: [{ kind: 'press', name: ['Чаты'] }] }],
      target: [{ kind: 'press', name: ['Чаты'] }],
      opens: 'https://one.43edu.ru/',
    },
    {
      id: 'link-vkid',
      title: 'Привяжите учебный профиль',
      hint: 'Нажмите «Привязать учебный профиль VK ID».',
      instruction: 'В окне «Чаты» нажмите ссылку «Привязать учебный профиль VK ID». Откроется сайт VK ID.',
      who: 'child',
      page: [{ url: ['oneDesktop'], shows: [{ kind: 'press', name: ['Привязать учебный профиль VK ID'] }] }],
      target: [{ kind: 'press', name: ['Привязать учебный профиль VK ID'] }],
      opens: 'https://one.43edu.ru/#chat',
    },
    {
      id: 'vkid-switch-account',
      title: 'Смените аккаунт VK ID на аккаунт ребёнка',
      hint: 'Если здесь аккаунт родителя, нажмите «Войти в другой аккаунт».',
      warning:
        'Чаще всего ошибаются здесь: браузер помнит аккаунт родителя. Только если показан аккаунт самого ребёнка, нажмите «Продолжить».',
      instruction:
        'На сайте VK ID в блоке «Ваш профиль для связи» посмотрите, чей аккаунт показан. Если родителя — нажмите «Войти в другой аккаунт» (или «Войти другим способом»).',
      who: 'child',
      page: [
        { url: ['vkIdAuth'], shows: [VKID_ACCOUNT_HEADING] },
        { url: ['vkIdAuth'], shows: [ANOTHER_ACCOUNT], hides: [VKID_PROFILE_HEADING] },
      ],
      target: [ANOTHER_ACCOUNT],
    },
    {
      id: 'vkid-phone',
      title: 'Введите телефон ребёнка',
      hint: 'Введите номер телефона ребёнка, как в его профиле на Госуслугах. Нажмите «Продолжить».',
      warning: 'Номер ребёнка, не родителя: иначе учебный профиль окажется у родителя. Ученики 1–4 классов могут войти по почте вместо телефона.',
      instruction: 'В окне «Вход в VK ID» введите номер телефона ребёнка (как на Госуслугах) и нажмите «Продолжить».',
      who: 'child',
      page: [
        { url: ['vkIdAuth'], shows: [VKID_PHONE_HEADING] },
        { url: ['vkIdAuth'], shows: [VKID_PHONE_FIELD], hides: [VKID_PROFILE_HEADING] },
      ],
      // (The QR code may be shown first: the phone form is behind «Войти другим способом».)
      target: [VKID_CONTINUE, VKID_PHONE_FIELD, ANOTHER_ACCOUNT],
    },
    {
      id: 'vkid-password',
      title: 'Введите пароль или код',
      hint: 'Введите пароль от VK ID ребёнка или код из СМС. Нажмите «Продолжить».',
      warning: 'Код может идти несколько минут; вместо СМС может позвонить робот: введите последние цифры номера.',
      instruction:
        'В окне «Введите пароль» введите пароль VK ID ребёнка (или код из СМС) и нажмите «Продолжить». Нет пароля — «Забыли или не установили пароль?».',
      who: 'child',
      page: [
        { url: ['vkIdAuth'], shows: [VKID_PASSWORD_HEADING] },
        { url: ['vkIdAuth'], shows: [VKID_CODE_FIELD] },
      ],
      target: [VKID_CONTINUE],
    },
    {
      id: 'vkid-profile',
      title: 'Проверьте данные ребёнка',
      hint: 'Проверьте фамилию, имя, отчество, дату рождения и пол ребёнка. Нажмите «Продолжить».',
      instruction:
        'В блоке «Информация о себе» проверьте данные ребёнка, исправьте ошибки и нажмите «Продолжить»: так создаётся учебный профиль.',
      who: 'child',
      page: [{ url: ['vkIdAuth'], shows: [VKID_PROFILE_HEADING] }],
      target: [VKID_CONTINUE],
    },
    {
      id: 'linked',
      title: 'Дневник и Сферум связаны',
      hint: 'Готово: дневник ребёнка и Сферум связаны. Чаты откроются по кнопке «Перейти в VK Мессенджер».',
      warning: 'Не нажимайте «Отменить связь учетных записей»: это отменит привязку.',
      instruction:
        'В дневнике ребёнка откройте «Чаты». Должна быть надпись «Электронный дневник и учебный аккаунт Сферума связаны». Нажмите «Перейти в VK Мессенджер».',
      who: 'child',
      page: [{ url: ['oneDesktop'], shows: [LINKED_TEXT] }],
      done: [LINKED_TEXT],
      opens: 'https://one.43edu.ru/#chat',
    },
    {
      id: 'messenger',
      title: 'Найдите чат класса в VK Мессенджере',
      hint: 'В учебном профиле «сферум» должен быть чат класса.',
      warning:
        'Чата нет или он «только для чтения»? Школьные чаты многих регионов переехали в мессенджер MAX: спросите классного руководителя.',
      instruction:
        'Откройте web.vk.me или приложение VK Мессенджер. Вверху списка должно быть «сферум», а в списке — чат класса.',
      who: 'child',
      optional: true,
      page: [{ url: VKM }],
      done: [CLASS_CHAT],
      opens: 'https://web.vk.me/',
    },
  ],
} as const satisfies Scenario;
