import type { ElementQuery, Scenario } from '../types';
import { CREATE_PROFILE, MAX_MOVED, MAX_MOVED_FIRST_STEP, PROFILE_SUBMIT, TO_MAX_FAMILY, profileStep } from '../queries';

// Source: seed 004, «Алгоритм подключения для учеников и родителей».

const JOINED: ElementQuery = { kind: 'text', name: ['Вы вступили в чат'], partial: true };

export const familyMessenger = {
  id: 'family-messenger',
  number: 9,
  title: 'Ученик или родитель: войти в школьный чат',
  audience: `Для ученика или родителя, которому учитель прислал ссылку-приглашение в чат. ${MAX_MOVED}`,
  roles: ['pupil', 'parent'],
  needs: [
    'Ссылка-приглашение или QR-код от учителя',
    'VK Мессенджер на телефоне или web.vk.me в браузере',
    'Свой номер телефона: у ребёнка — его собственный',
  ],
  sources: ['004'],
  steps: [
    profileStep('pupil', {
      warning: `${MAX_MOVED_FIRST_STEP} Ребёнку — свой номер, не родителя (в 1–4 классах можно почту). Нет профиля — его подтверждает классный руководитель.`,
      branch: TO_MAX_FAMILY,
    }),
    {
      id: 'join-chat',
      title: 'Вступите в чат по ссылке учителя',
      hint: 'Откройте ссылку-приглашение от учителя и нажмите кнопку, чтобы вступить в чат.',
      warning:
        'Родителю: не открывайте ссылку там, где вошёл ребёнок, — сначала выйдите из его профиля. Если чат только для чтения, он, вероятно, переехал в MAX: спросите школу.',
      instruction:
        'Откройте ссылку-приглашение от учителя (или наведите камеру на QR-код) в учебном профиле Сферум и нажмите кнопку вступления в чат.',
      who: 'pupil',
      page: [
        // The invitation's own address is the step (its heading is not in the documents),
        // once no study profile is being made there.
        { url: ['vkMeJoin'], hides: [CREATE_PROFILE, PROFILE_SUBMIT] },
        { url: ['vkMeGroupChat'], shows: [JOINED] },
      ],
      target: [
        { kind: 'press', name: ['Вступить в чат', 'Присоединиться', 'Присоединиться к чату'] },
        { kind: 'press', name: ['Перейти в чат'] },
      ],
      done: [JOINED],
    },
  ],
} as const satisfies Scenario;
