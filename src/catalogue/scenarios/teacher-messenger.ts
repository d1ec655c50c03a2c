import type { ElementQuery, PageSpec, Scenario, Step, Who } from '../types';
import { CREATE_PROFILE, MAX_MOVED, MAX_MOVED_FIRST_STEP, TO_MAX_TEACHER, VKM, profileStep } from '../queries';

// Source: seed 004 («Сферум + ВК Мессенджер»), replicas described in tests/fixtures/DIARY-VK-STEPS.md.

// Chat list and the open chat.
const COMPOSE: ElementQuery = { kind: 'press', name: ['Создать чат'] };
const NEW_CHAT: ElementQuery = { kind: 'heading', name: ['Новый чат'] };
/** The chat's name in its header opens the chat profile (no label known: a stable class). */
const CHAT_TITLE: ElementQuery = { kind: 'press', selector: 'button.vkc__ConvoHeader__title' };
const INVITE_GROUP: ElementQuery = { kind: 'text', name: ['Ссылка на приглашение', 'Ссылка на чат', 'Ссылка-приглашение'] };
const COPY_LINK: ElementQuery = { kind: 'press', name: ['Копировать ссылку', 'Скопировать ссылку'] };
const CALL: ElementQuery = { kind: 'press', name: ['Позвонить'] };
const SHARE_CALL: ElementQuery = { kind: 'press', name: ['Поделиться ссылкой'] };
/** The three dots of a chat in the list (the chat header has its own «Ещё»). */
const ROW_MORE: ElementQuery = { kind: 'press', name: ['Ещё', 'Действия с чатом'], within: ['Чаты'] };
/** The same, named for what it is: no other control on the page is called so. */
const CHAT_ACTIONS: ElementQuery = { kind: 'press', name: ['Действия с чатом'] };
const LEAVE: ElementQuery = { kind: 'press', name: ['Выйти из чата'] };
const LEFT_TEXT: ElementQuery = { kind: 'text', name: ['Вы вышли из чата'], partial: true };

/** A group chat open in the study profile. */
const groupChat = (extra: Partial<PageSpec> = {}): PageSpec => ({ url: ['vkMeGroupChat'], hides: [CREATE_PROFILE], ...extra });

export const teacherMessenger = {
  id: 'teacher-messenger',
  number: 8,
  title: 'Учитель: Сферум в VK Мессенджере',
  audience: `Для учителя: учебный профиль, школьный чат, ссылка-приглашение и звонки. ${MAX_MOVED}`,
  roles: ['teacher'],
  needs: [
    'VK Мессенджер на телефоне или web.vk.me в браузере',
    'Свой номер телефона для входа',
    'Название школы и класса для чата',
  ],
  sources: ['004'],
  steps: [
    profileStep('teacher', {
      warning: `${MAX_MOVED_FIRST_STEP} Учебный профиль увидят только участники вашей школы; если он не появился, его должна подтвердить школа.`,
      branch: TO_MAX_TEACHER,
    }),
    {
      id: 'create-chat',
      title: 'Создайте школьный чат',
      hint: 'Нажмите карандаш «Создать чат», добавьте участников (можно позже), введите название и нажмите «Создать».',
      warning:
        'В MAX классные чаты с родителями и учениками создаются сами на учебный год. Старый чат здесь стал «только для чтения»? Он, вероятно, переехал в MAX.',
      instruction:
        'Над списком чатов нажмите значок карандаша («Создать чат»). Отметьте участников (можно позже) и перейдите дальше, введите название чата и нажмите «Создать».',
      who: 'teacher',
      page: [
        { url: ['vkMe', 'vkMeGroupChat'], shows: [COMPOSE], hides: [CREATE_PROFILE] },
        { url: VKM, shows: [NEW_CHAT, { kind: 'text', name: ['Добавьте участников — это можно сделать и позже'] }] },
        { url: VKM, shows: [{ kind: 'text', name: ['Название чата'] }, { kind: 'press', name: ['Создать'], within: ['Новый чат'] }] },
      ],
      target: [
        { kind: 'press', name: ['Создать'], within: ['Новый чат'] },
        { kind: 'press', name: ['Далее'], within: ['Новый чат'] },
        COMPOSE,
      ],
      opens: 'https://web.vk.me/',
    },
    {
      id: 'invite-link',
      title: 'Скопируйте ссылку-приглашение',
      hint: 'Откройте профиль чата: нажмите на его название. Скопируйте ссылку-приглашение или QR-код.',
      warning: 'Отправьте ссылку ученикам и родителям. Без учебного профиля человек сначала увидит, как его создать.',
      instruction:
        'Откройте чат и нажмите на его название вверху (или три точки → сведения о чате): это профиль чата. Скопируйте ссылку-приглашение или скачайте QR-код.',
      who: 'teacher',
      page: [groupChat({ shows: [CHAT_TITLE] }), { url: VKM, shows: [INVITE_GROUP] }, { url: VKM, shows: [{ kind: 'heading', name: ['QR-код'] }] }],
      target: [
        COPY_LINK,
        { kind: 'press', name: ['Скачать'], within: ['QR-код'] },
        { kind: 'press', name: ['Информация о чате'] },
        CHAT_TITLE,
      ],
      done: [{ kind: 'text', name: ['Ссылка скопирована'] }],
    },
    {
      id: 'call',
      title: 'Начните звонок и поделитесь ссылкой',
      hint: 'Нажмите значок трубки, выберите настройки и «Начать звонок». Затем «Поделиться ссылкой».',
      warning: 'Звонок на потом: «Звонки» → «Запланировать». Записи звонков хранятся в «Записи звонков».',
      instruction:
        'В открытом чате нажмите значок телефонной трубки. Выберите настройки, нажмите «Начать звонок», затем «Поделиться ссылкой» и отправьте ссылку участникам.',
      who: 'teacher',
      page: [
        groupChat({ shows: [CALL], after: 'invite-link' }),
        { url: VKM, shows: [{ kind: 'heading', name: ['Настройки звонка'] }] },
        { url: VKM, shows: [SHARE_CALL] },
        { url: VKM, shows: [{ kind: 'heading', name: ['Планирование встречи'] }] },
      ],
      target: [
        SHARE_CALL,
        { kind: 'press', name: ['Запланировать'], within: ['Планирование встречи'] },
        { kind: 'press', name: ['Начать звонок'] },
        CALL,
      ],
      done: [{ kind: 'text', name: ['Ссылка на звонок скопирована'] }],
    },
    {
      id: 'leave-chat',
      title: 'Выйдите из чата',
      hint: 'Нажмите три точки справа от чата и выберите «Выйти из чата».',
      warning: 'У других участников чат останется. Чтобы стереть свою переписку, отметьте «Удалить все сообщения».',
      instruction:
        'В списке чатов наведите на чат и нажмите три точки справа от него. Выберите «Выйти из чата» и подтвердите кнопкой «Выйти из чата».',
      who: 'teacher',
      page: [
        groupChat({ shows: [ROW_MORE], after: 'call' }),
        groupChat({ shows: [CHAT_ACTIONS], after: 'call' }),
        { url: VKM, shows: [{ kind: 'press', name: ['Архивировать'] }, LEAVE] },
        { url: VKM, shows: [{ kind: 'heading', name: ['Выйти из чата?'] }] },
        { url: VKM, shows: [LEFT_TEXT] },
      ],
      target: [{ ...LEAVE, within: ['Выйти из чата?'] }, LEAVE, ROW_MORE, CHAT_ACTIONS],
      done: [LEFT_TEXT],
    },
  ],
} as const satisfies Scenario;
