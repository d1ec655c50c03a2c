import type { Scenario } from '../types';
import { GOSUSLUGI_ENTRY, LINKED_TEXT, MAX_MOVED, MAX_MOVED_FIRST_STEP, TO_MAX_FAMILY, VKID_PROFILE_HEADING, esiaGrantStep, esiaLoginPage } from '../queries';

// Source: seed 000, first part («Связь ЭЖ (дневник) с учебным аккаунтом Сферум родителя»).
export const parentDiarySferum = {
  id: 'parent-diary-sferum',
  number: 1,
  title: 'Родитель: связать электронный дневник со Сферумом',
  audience: `Для родителя, у которого есть подтверждённая учётная запись на Госуслугах. ${MAX_MOVED}`,
  roles: ['parent'],
  needs: [
    'Логин и пароль от Госуслуг родителя',
    'Телефон родителя под рукой: придёт код',
    'Номер телефона для VK ID (можно тот же)',
  ],
  sources: ['000'],
  steps: [
    {
      id: 'open-diary',
      title: 'Войдите в дневник через Госуслуги',
      hint: 'Нажмите «Вход через портал госуслуг».',
      warning: MAX_MOVED_FIRST_STEP,
      branch: TO_MAX_FAMILY,
      instruction:
        'Откройте one.43edu.ru. На странице входа нажмите кнопку «Вход через портал госуслуг». Не нажимайте «Войти через 43edu.ru».',
      who: 'parent',
      page: [{ url: ['oneLogin'] }, { url: ['oneDesktop'], shows: [GOSUSLUGI_ENTRY] }],
      target: [GOSUSLUGI_ENTRY],
      opens: 'https://one.43edu.ru/',
    },
    {
      id: 'esia-login',
      title: 'Войдите на Госуслуги как родитель',
      hint: 'Введите телефон, почту или СНИЛС и пароль родителя. Затем нажмите «Войти».',
      warning: 'Входите со своей учётной записью родителя, не ребёнка. После пароля может прийти код по СМС: это нормально.',
      instruction:
        'На странице Госуслуг введите свой логин («Телефон / Email / СНИЛС») и «Пароль», затем нажмите «Войти». Можно войти и по QR-коду (кнопка «QR-код»).',
      who: 'parent',
      page: [esiaLoginPage],
      target: [{ kind: 'press', name: ['Войти'] }],
    },
    esiaGrantStep('parent'),
    {
      id: 'open-chats',
      title: 'Откройте «Чаты»',
      hint: 'Вы в дневнике. Нажмите плитку «Чаты».',
      instruction: 'В электронном дневнике на главной странице нажмите значок «Чаты».',
      who: 'parent',
      page: [{ url: ['oneDesktop'], shows: [{ kind: 'press', name: ['Чаты'] }] }],
      target: [{ kind: 'press', name: ['Чаты'] }],
      opens: 'https://one.43edu.ru/',
    },
    {
      id: 'link-vkid',
      title: 'Привяжите учебный профиль',
      hint: 'Нажмите «Привязать учебный профиль VK ID».',
      instruction: 'В окне «Чаты» нажмите ссылку «Привязать учебный профиль VK ID». Откроется сайт VK ID.',
      who: 'parent',
      page: [{ url: ['oneDesktop'], shows: [{ kind: 'press', name: ['Привязать учебный профиль VK ID'] }] }],
      target: [{ kind: 'press', name: ['Привязать учебный профиль VK ID'] }],
      opens: 'https://one.43edu.ru/#chat',
    },
    {
      id: 'vkid-account',
      title: 'Подтвердите аккаунт VK ID',
      hint: 'Проверьте, что это ваш аккаунт. Нажмите «Продолжить».',
      warning:
        'Здесь нужен аккаунт родителя. Если показан чужой аккаунт, нажмите «Войти в другой аккаунт». Нет аккаунта — войдите по своему номеру телефона.',
      instruction:
        'На сайте VK ID проверьте аккаунт. Если он ваш, нажмите «Продолжить». Если нет — «Войти в другой аккаунт» и введите свой номер телефона.',
      who: 'parent',
      page: [{ url: ['vkIdAuth'], hides: [VKID_PROFILE_HEADING] }],
      target: [{ kind: 'press', name: ['Продолжить'], selector: 'button[data-test-id="submit_btn"]' }],
    },
    {
      id: 'vkid-profile',
      title: 'Проверьте данные о себе',
      hint: 'Проверьте фамилию, имя, отчество, дату рождения и пол. Нажмите «Продолжить».',
      instruction: 'В блоке «Информация о себе» проверьте свои данные, исправьте ошибки и нажмите «Продолжить».',
      who: 'parent',
      page: [{ url: ['vkIdAuth'], shows: [VKID_PROFILE_HEADING] }],
      target: [{ kind: 'press', name: ['Продолжить'], selector: 'button[data-test-id="submit_btn"]' }],
    },
    {
      id: 'linked',
      title: 'Дневник и Сферум связаны',
      hint: 'Готово: дневник и Сферум связаны. Чаты откроются по кнопке «Перейти в VK Мессенджер».',
      warning: 'Не нажимайте «Отменить связь учетных записей»: это отменит привязку.',
      instruction:
        'В дневнике откройте «Чаты». Должна быть надпись «Электронный дневник и учебный аккаунт Сферума связаны». Нажмите «Перейти в VK Мессенджер».',
      who: 'parent',
      page: [{ url: ['oneDesktop'], shows: [LINKED_TEXT] }],
      done: [LINKED_TEXT],
      opens: 'https://one.43edu.ru/#chat',
    },
  ],
} as const satisfies Scenario;

