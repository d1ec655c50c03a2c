import type { ElementQuery, Scenario } from '../types';
import { ACCOUNT_HEADING, BIND_BUTTON, CHILD_LINK, DOCUMENTS_MENU, FAMILY_SECTION, esiaLoginPage } from '../queries';

// Sources: seed 001 (binding an existing child account: «Привязать», the child's e-mail,
// «Продолжить», the binding code and its expiry, the child's window or the block in «Профиль»),
// 002 (the same for 14–18). PITFALLS 4: an account the parent created is bound already.

const EMAIL_ASKED: ElementQuery = {
  kind: 'text',
  name: ['Введите электронную почту ребёнка, на которую зарегистрирована'],
  partial: true,
};
/** The code screen (its heading is not in the documents: the words around the code). */
const CODE_SHOWN: ElementQuery = { kind: 'text', name: ['Код привязки', 'Код действует до'], partial: true };
const CODE_FIELD: ElementQuery = { kind: 'field', name: ['Код привязки'] };
const BOUND: ElementQuery = { kind: 'text', name: ['Учётная запись привязана'], partial: true };

export const bindChildAccount = {
  id: 'bind-child-account',
  number: 5,
  title: 'Привязать существующую учётную запись ребёнка',
  audience:
    'Для родителя, если ребёнок сам зарегистрировался на Госуслугах (или ему 14 лет и больше). Нужны двое: родитель и ребёнок, каждый в своей учётной записи.',
  roles: ['parent', 'pupil'],
  needs: [
    'Логин и пароль от Госуслуг родителя',
    'Почта, на которую зарегистрирована учётная запись ребёнка',
    'Логин и пароль ребёнка от Госуслуг (входит сам ребёнок)',
    'Карточка ребёнка в «Семья и дети»',
  ],
  sources: ['001', '002'],
  steps: [
    {
      id: 'parent-open-card',
      title: 'Откройте карточку ребёнка',
      hint: 'В своём кабинете откройте «Документы» → «Семья и дети» и нажмите на ребёнка в блоке «Дети».',
      warning:
        'Если вы сами создали учётную запись ребёнка, она уже привязана: ничего делать не нужно. Второй родитель может привязать её к себе так же.',
      instruction:
        'В своей учётной записи откройте «Документы», затем «Семья и дети». В блоке «Дети» нажмите на ФИО ребёнка.',
      who: 'parent',
      page: [{ url: ['lkFamily'], shows: [CHILD_LINK] }, { url: ['lkDocuments'] }, { url: ['lkHome'], hides: [CODE_FIELD, BOUND] }],
      target: [CHILD_LINK, FAMILY_SECTION, DOCUMENTS_MENU],
      opens: 'https://lk.gosuslugi.ru/profile/family',
    },
    {
      id: 'parent-bind',
      title: 'Нажмите «Привязать»',
      hint: 'В блоке «Учётная запись ребёнка на Госуслугах» нажмите «Привязать».',
      instruction:
        'В карточке ребёнка найдите блок «Учётная запись ребёнка на Госуслугах» и нажмите «Привязать» (не «Создать»).',
      who: 'parent',
      page: [{ url: ['lkChildCard'], shows: [ACCOUNT_HEADING] }],
      target: [BIND_BUTTON],
    },
    {
      id: 'parent-email',
      title: 'Введите почту ребёнка',
      hint: 'Введите почту, на которую зарегистрирована учётная запись ребёнка. Нажмите «Продолжить».',
      warning: 'Нужна та почта, с которой ребёнок регистрировался на Госуслугах.',
      instruction:
        'В окне привязки введите электронную почту ребёнка, на которую зарегистрирована его учётная запись, и нажмите «Продолжить».',
      who: 'parent',
      page: [{ url: ['lkChildCard'], shows: [EMAIL_ASKED] }],
      target: [{ kind: 'press', name: ['Продолжить'] }],
    },
    {
      id: 'parent-code',
      title: 'Скопируйте код привязки',
      hint: 'Скопируйте код и отправьте его ребёнку. Под кодом написано, до какого времени он действует.',
      warning: 'Код действует ограниченное время. Не успели — запросите новый код и начните заново.',
      instruction:
        'В окне появился код привязки. Перепишите или скопируйте его и отправьте ребёнку. Запомните срок действия под кодом.',
      who: 'parent',
      page: [{ url: ['lkChildCard'], shows: [CODE_SHOWN], hides: [EMAIL_ASKED] }],
      target: [{ kind: 'press', name: ['Скопировать', 'Скопировать код'] }],
    },
    {
      id: 'child-login',
      title: 'Ребёнок входит на Госуслуги',
      hint: 'Ребёнок вводит свой логин и пароль и нажимает «Войти».',
      warning: 'Входить нужно в учётную запись РЕБЁНКА. На том же компьютере сначала выйдите из своей. После пароля может прийти код по СМС: это нормально.',
      instruction:
        'Ребёнок открывает Госуслуги и входит со своим логином («Телефон / Email / СНИЛС») и паролем: «Войти».',
      who: 'child',
      page: [esiaLoginPage],
      target: [{ kind: 'press', name: ['Войти'] }],
      opens: 'https://lk.gosuslugi.ru/',
    },
    {
      id: 'child-enter-code',
      title: 'Ребёнок вводит код привязки',
      hint: 'Введите код привязки от родителя и нажмите «Привязать».',
      warning: 'Окно видно, пока код действует. Закрыли окно — код можно ввести в «Профиль».',
      instruction:
        'После входа появится окно для кода привязки. Введите код от родителя и нажмите «Привязать». Если окно закрыто, откройте «Профиль»: там есть такой же блок.',
      who: 'child',
      page: [
        // The window comes up on whatever cabinet page the child lands (seed 001).
        { url: ['lkHome', 'lkProfile', 'lkDocuments', 'lkFamily'], shows: [CODE_FIELD] },
        { url: ['lkHome', 'lkProfile', 'lkDocuments', 'lkFamily'], shows: [BOUND] },
      ],
      target: [{ kind: 'press', name: ['Привязать'] }],
      done: [BOUND],
      opens: 'https://lk.gosuslugi.ru/profile',
    },
  ],
} as const satisfies Scenario;
