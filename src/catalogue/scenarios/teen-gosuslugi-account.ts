import type { ElementQuery, PageSpec, Scenario } from '../types';
import { ACCOUNT_HEADING, ADD_CHILD, BIND_BUTTON, CHILD_LINK } from '../queries';

// Source: seed 002 («Авторизация обучающихся от 14 до 18 лет»): the parent's child card with
// the ЗАГС autoupdate off while entering data and on afterwards; the teenager's own
// registration (bank, МФЦ, or phone and e-mail via «Другой способ регистрации»); then binding
// and consent. PITFALLS 5: the account must then be confirmed (passport at МФЦ or a bank).

const AUTOUPDATE_ON: ElementQuery = { kind: 'text', name: ['Автообновление данных из ЗАГС включено'], partial: true };
const AUTOUPDATE_TURN_ON: ElementQuery = {
  kind: 'press',
  name: ['Включите автообновление данных из ЗАГС, чтобы сохранять актуальность документов', 'Включить автообновление'],
};

const registration = (...shows: ElementQuery[]): PageSpec => ({ url: ['esiaRegistration'], shows });
const REGISTERED: ElementQuery = { kind: 'heading', name: ['Регистрация завершена'] };
const BIND_DIALOG: ElementQuery = {
  kind: 'text',
  name: ['Введите электронную почту ребёнка, на которую зарегистрирована', 'Код действует до'],
  partial: true,
};

export const teenGosuslugiAccount = {
  id: 'teen-gosuslugi-account',
  number: 6,
  title: 'Подросток 14–18 лет: своя учётная запись',
  audience:
    'Для подростка 14–18 лет и его родителя: подросток регистрируется на Госуслугах сам, родитель добавляет его и привязывает.',
  roles: ['pupil', 'parent'],
  needs: [
    'Подтверждённая учётная запись родителя на Госуслугах',
    'Свидетельство о рождении подростка',
    'Паспорт и СНИЛС подростка',
    'Свой телефон и своя почта подростка (не родителя)',
  ],
  sources: ['002'],
  steps: [
    {
      id: 'parent-child-card',
      title: 'Родитель добавляет ребёнка в «Семья и дети»',
      hint: 'Если автообновление из ЗАГС включено, нажмите «Отключить». Затем в блоке «Дети» нажмите «Добавить» и сохраните данные.',
      warning: 'Добавить ребёнка может только родитель с подтверждённой учётной записью.',
      instruction:
        'В своём кабинете откройте «Документы» → «Семья и дети». Если автообновление из ЗАГС включено, отключите его. В блоке «Дети» нажмите «Добавить», введите ФИО, пол, дату рождения и свидетельство о рождении, нажмите «Сохранить».',
      who: 'parent',
      optional: true,
      page: [{ url: ['lkFamily'], hides: [CHILD_LINK] }, { url: ['lkChildAdd'] }],
      target: [{ kind: 'press', name: ['Сохранить'] }, { kind: 'press', name: ['Отключить'] }, ADD_CHILD],
      opens: 'https://lk.gosuslugi.ru/profile/family',
    },
    {
      id: 'parent-autoupdate-on',
      title: 'Родитель включает автообновление из ЗАГС',
      hint: 'Нажмите «Включите автообновление данных из ЗАГС…»: ведомство проверит документы.',
      instruction:
        'На странице «Семья и дети» включите автообновление данных из ЗАГС. Проверка займёт от 15 минут до 5 дней: статус свидетельства о рождении изменится.',
      who: 'parent',
      optional: true,
      wait: 'Проверка документов занимает от 15 минут до 5 дней.',
      page: [{ url: ['lkFamily'], shows: [CHILD_LINK] }],
      target: [AUTOUPDATE_TURN_ON],
      done: [AUTOUPDATE_ON],
      opens: 'https://lk.gosuslugi.ru/profile/family',
    },
    {
      id: 'choose-way',
      title: 'Подросток выбирает способ регистрации',
      hint: 'Быстрее всего через банк (около 10 минут) или в МФЦ с паспортом и СНИЛС. Можно по телефону и почте: «Другой способ регистрации».',
      warning: 'Телефон и почта нужны свои, не родителя: они не должны быть в другой учётной записи.',
      instruction:
        'На странице регистрации Госуслуг выберите способ: «Онлайн через банк», «Лично в МФЦ» (паспорт и СНИЛС) или «Другой способ регистрации» — по телефону и почте. После банка или МФЦ пароль для первого входа придёт в СМС на указанный телефон; логин — этот телефон или СНИЛС. Проверка в ведомствах обычно занимает от 10–15 минут до 5 дней.',
      who: 'child',
      page: [
        registration({ kind: 'press', name: ['Другой способ регистрации'] }),
        registration({ kind: 'heading', name: ['Онлайн через банк'] }),
      ],
      target: [{ kind: 'press', name: ['Другой способ регистрации'] }],
      opens: 'https://esia.gosuslugi.ru/login/registration',
    },
    {
      id: 'register',
      title: 'Подросток регистрируется',
      hint: 'Введите ФИО, телефон и почту, затем код из СМС. Придумайте пароль и нажмите «Сохранить».',
      warning: 'Пароль: не меньше 8 знаков, большие и маленькие латинские буквы, цифры и символы. Потом подтвердите личность в МФЦ или банке.',
      instruction:
        'Заполните фамилию, имя, мобильный телефон и электронную почту и нажмите «Зарегистрироваться». Введите код из СМС (или «Подтвердить по почте»). Придумайте пароль и нажмите «Сохранить».',
      who: 'child',
      page: [
        registration({ kind: 'field', name: ['Мобильный телефон'] }),
        registration({ kind: 'heading', name: ['Подтверждение номера телефона'] }),
        registration({ kind: 'heading', name: ['Подтвердите почту'] }),
        registration({ kind: 'heading', name: ['Создание пароля'] }),
        registration(REGISTERED),
      ],
      target: [
        { kind: 'press', name: ['Сохранить'] },
        { kind: 'press', name: ['Подтвердить'] },
        { kind: 'press', name: ['Зарегистрироваться'] },
      ],
      done: [REGISTERED],
    },
    {
      id: 'bind',
      title: 'Родитель привязывает учётную запись',
      hint: 'В карточке ребёнка нажмите «Привязать». Дальше поможет задача о привязке в окне Проводника.',
      instruction:
        'Родитель открывает «Документы» → «Семья и дети» → карточку подростка и нажимает «Привязать». Потом подросток впервые входит в дневник, а родитель даёт согласие в «Уведомления».',
      who: 'parent',
      // (The binding dialog is modal: the card behind it is out of reach then.)
      page: [{ url: ['lkChildCard'], shows: [ACCOUNT_HEADING, BIND_BUTTON] }, { url: ['lkChildCard'], shows: [BIND_DIALOG] }],
      target: [BIND_BUTTON],
      done: [BIND_DIALOG],
      opens: 'https://lk.gosuslugi.ru/profile/family',
      branch: {
        scenario: 'bind-child-account',
        when: 'Дальше привязка по коду, затем первый вход в дневник и согласие родителя',
      },
    },
  ],
} as const satisfies Scenario;
