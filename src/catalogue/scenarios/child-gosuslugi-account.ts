import type { ElementQuery, PageSpec, Scenario } from '../types';
import { ACCOUNT_BLOCK, ACCOUNT_HEADING, ADD_ANOTHER_CHILD, ADD_CHILD, CHILD_LINK, DOCUMENTS_MENU, FAMILY_SECTION, LK_ANY_PAGE, esiaLoginPage } from '../queries';

// Sources: seed 000 (second half: the wizard with the Mail.ru child mailbox), 001 (Документы →
// Семья и дети, ЗАГС check, «Создать», address, phone, e-mail, password), 002 (ЗАГС wait,
// phone/e-mail pitfall), 003 (the card, «Создать», the wizard). Replica notes:
// tests/fixtures/GOSUSLUGI-STEPS.md. The pieces below are shared by the family scenarios.

/** The certificate entered by hand, not yet checked in ЗАГС (seed 001). */
const CERT_MANUAL: ElementQuery = {
  kind: 'text',
  name: ['Данные введены вручную', 'Запросите в загсе для корректной работы услуг'],
  partial: true,
};
/** The check in ЗАГС is under way (the real wording is not in the documents: loose words). */
const CERT_CHECKING: ElementQuery = {
  kind: 'text',
  name: ['Запрос отправлен', 'Идёт проверка в загсе'],
  partial: true,
};
/** The card's account block while the documents are being checked (PITFALLS 1). */
const ACCOUNT_WAIT: ElementQuery = {
  kind: 'text',
  name: ['Создать учётную запись можно после того', 'пройдут проверку в ведомствах'],
  partial: true,
};
/** The child's account exists already (the card's account block). */
const ACCOUNT_EXISTS: ElementQuery = {
  kind: 'text',
  name: ['Учётная запись создана', 'Учётная запись привязана к вашей'],
  partial: true,
};

const AUTOUPDATE = 'Автообновление для сохранения актуальности документов';

const wizard = (...shows: ElementQuery[]): PageSpec => ({ url: ['lkCreateChildAccount'], shows });
/** A wizard screen's title: the whole text of a heading, or of a styled block standing for one. */
const heading = (...name: string[]): ElementQuery => ({ kind: 'text', name });

const EMAIL_CONSENT = 'Даю согласие на использование персональных данных для создания учётной записи ребёнка';
const EMAIL_SENT = heading('Подтвердите электронную почту');

export const childGosuslugiAccount = {
  id: 'child-gosuslugi-account',
  number: 2,
  title: 'Родитель: учётная запись ребёнка до 14 лет на Госуслугах',
  audience: 'Для родителя ребёнка до 14 лет, у которого есть подтверждённая учётная запись на Госуслугах.',
  roles: ['parent'],
  needs: [
    'Подтверждённая учётная запись родителя на Госуслугах',
    'Свидетельство о рождении ребёнка (российское)',
    'СНИЛС ребёнка',
    'Телефон или почта ребёнка, которые не использует никто на Госуслугах (не ваши)',
  ],
  sources: ['000', '001', '002', '003'],
  steps: [
    {
      id: 'parent-login',
      title: 'Войдите на Госуслуги как родитель',
      hint: 'Введите свой телефон, почту или СНИЛС и пароль. Затем нажмите «Войти».',
      warning: 'Нужна подтверждённая учётная запись родителя. После пароля может прийти код по СМС: это нормально.',
      instruction:
        'На странице Госуслуг введите свой логин («Телефон / Email / СНИЛС») и «Пароль», затем нажмите «Войти». Можно войти и по QR-коду (кнопка «QR-код»). Забыли пароль — «Восстановить». Учётная запись не подтверждена — подтвердите её в банке или лично в МФЦ.',
      who: 'parent',
      page: [esiaLoginPage],
      target: [{ kind: 'press', name: ['Войти'] }],
      opens: 'https://lk.gosuslugi.ru/',
    },
    {
      id: 'open-documents',
      title: 'Откройте «Документы»',
      hint: 'Нажмите «Документы» в верхнем меню.',
      instruction: 'В личном кабинете Госуслуг нажмите пункт «Документы» в меню вверху страницы.',
      who: 'parent',
      page: [{ url: LK_ANY_PAGE }],
      target: [DOCUMENTS_MENU],
      opens: 'https://lk.gosuslugi.ru/',
    },
    {
      id: 'open-family',
      title: 'Откройте «Семья и дети»',
      hint: 'В разделе «Документы и данные» нажмите «Семья и дети».',
      instruction: 'На странице «Документы и данные» выберите слева раздел «Семья и дети».',
      who: 'parent',
      page: [{ url: ['lkDocuments'] }],
      target: [FAMILY_SECTION],
      opens: 'https://lk.gosuslugi.ru/profile/personal',
    },
    {
      id: 'add-child',
      title: 'Добавьте ребёнка',
      hint: 'В блоке «Дети» нажмите «Добавить» или «Добавить ещё ребёнка». Нужный ребёнок уже в списке — нажмите на его ФИО.',
      warning:
        'Добавить ребёнка может только родитель с подтверждённой учётной записью. У каждого ребёнка своя карточка: для второго ребёнка добавьте новую.',
      instruction:
        'На странице «Семья и дети» найдите блок «Дети» и нажмите в нём «Добавить» (если дети уже есть — «Добавить ещё ребёнка»). Не путайте с «Добавить» в блоках «Брак и развод» и «Родители». Если карточка этого ребёнка уже есть, нажмите на его ФИО.',
      who: 'parent',
      optional: true,
      // Any «Семья и дети»: with a child there already, this may be the second child
      // («Открыть карточку ребёнка» comes only once this step is behind, see below).
      page: [{ url: ['lkFamily'] }],
      target: [ADD_CHILD, ADD_ANOTHER_CHILD],
      opens: 'https://lk.gosuslugi.ru/profile/family',
      branch: {
        scenario: 'teen-gosuslugi-account',
        when: 'Ребёнку 14 лет или больше: он регистрируется сам',
      },
    },
    {
      id: 'child-data',
      title: 'Введите данные свидетельства о рождении',
      hint: 'Заполните ФИО, пол, дату рождения и данные свидетельства о рождении. Нажмите «Сохранить».',
      instruction:
        'В форме «Информация о ребёнке» введите ФИО ребёнка, пол, дату рождения, серию, номер и дату выдачи свидетельства о рождении, затем нажмите «Сохранить».',
      who: 'parent',
      page: [{ url: ['lkChildAdd'] }],
      target: [{ kind: 'press', name: ['Сохранить'] }],
    },
    {
      id: 'request-check',
      title: 'Запросите проверку в ЗАГС',
      hint: 'В карточке «Свидетельство о рождении» нажмите «Запросить». Снимите галочку автообновления и нажмите «Отправить».',
      warning: 'Перед «Отправить» снимите галочку «Автообновление для сохранения актуальности документов».',
      instruction:
        'В карточке ребёнка у «Свидетельство о рождении» нажмите «Запросить». В окне отметьте ребёнка, снимите галочку «Автообновление для сохранения актуальности документов» и нажмите «Отправить».',
      who: 'parent',
      wait: 'Проверка в ЗАГС обычно занимает 10–30 минут, но может идти до 5 рабочих дней, иногда дольше. Можно закрыть страницу и вернуться позже: шаги сохранятся. Иностранное свидетельство онлайн не проверить — нужен МФЦ.',
      page: [
        { url: ['lkChildCard'], shows: [CERT_MANUAL] },
        { url: ['lkChildCard'], shows: [CERT_CHECKING] },
        { url: ['lkChildCard'], shows: [ACCOUNT_WAIT] },
        // The request window in front of the card (a modal hides what is behind it).
        { url: ['lkChildCard'], shows: [{ kind: 'press', name: ['Отправить'] }] },
      ],
      target: [
        { kind: 'check', name: [AUTOUPDATE], checked: true },
        { kind: 'press', name: ['Отправить'] },
        { kind: 'press', name: ['Запросить'], within: ['Свидетельство о рождении'] },
      ],
      done: [CERT_CHECKING],
    },
    {
      id: 'open-child-card',
      title: 'Откройте карточку ребёнка',
      hint: 'Когда проверка закончится, нажмите в блоке «Дети» на ФИО ребёнка, которому создаёте учётную запись.',
      warning: 'Детей несколько? Откройте карточку именно того ребёнка, которого проверяли в ЗАГС.',
      instruction:
        'Откройте «Документы» → «Семья и дети» и в блоке «Дети» нажмите на ФИО ребёнка, которому создаёте учётную запись (если детей несколько — нужного).',
      who: 'parent',
      // The family page is this step only once «Добавьте ребёнка» is behind (done, or
      // skipped for a child already there): a parent of two is not sent to the first card.
      page: [{ url: ['lkFamily'], shows: [CHILD_LINK], after: 'add-child' }],
      target: [CHILD_LINK],
      opens: 'https://lk.gosuslugi.ru/profile/family',
    },
    {
      id: 'create-account',
      title: 'Нажмите «Создать»',
      hint: 'В блоке «Учётная запись ребёнка на Госуслугах» нажмите «Создать».',
      warning:
        'Нет кнопки «Создать»? Свидетельство или СНИЛС ещё проверяют: обычно 10–30 минут, до 5 рабочих дней, иногда дольше. Вернитесь позже.',
      instruction:
        'В карточке ребёнка найдите блок «Учётная запись ребёнка на Госуслугах» и нажмите «Создать». Если есть только «Привязать», у ребёнка уже есть учётная запись: выберите задачу о привязке существующей учётной записи ребёнка. Инструкция Госуслуг: www.gosuslugi.ru/help/faq/login_child/102380.',
      who: 'parent',
      page: [{ url: ['lkChildCard'], shows: [ACCOUNT_HEADING], hides: [CERT_MANUAL, CERT_CHECKING, ACCOUNT_WAIT, ACCOUNT_EXISTS] }],
      // The block's title may be a bold line, not a heading: then «Создать» alone (the card has one).
      target: [{ kind: 'press', name: ['Создать'], within: ACCOUNT_BLOCK }, { kind: 'press', name: ['Создать'] }],
      branch: {
        scenario: 'bind-child-account',
        when: 'У ребёнка уже есть своя учётная запись: нажмите «Привязать»',
      },
    },
    {
      id: 'address',
      title: 'Укажите адрес ребёнка',
      hint: 'Место рождения — как в свидетельстве. Если адрес регистрации как у вас, отметьте «Совпадает с вашим адресом постоянной регистрации».',
      instruction:
        'На экране «Добавьте адрес» проверьте «Место рождения» (как в свидетельстве о рождении) и «Адрес постоянной регистрации», затем нажмите «Продолжить».',
      who: 'parent',
      page: [wizard(heading('Добавьте адрес'))],
      target: [{ kind: 'press', name: ['Продолжить'] }],
    },
    {
      id: 'phone',
      title: 'Добавьте телефон ребёнка',
      hint: 'Введите номер ребёнка и нажмите «Получить код». Нет телефона — нажмите «Пропустить».',
      warning: 'Номер ребёнка должен отличаться от номеров родителей и не использоваться в другой учётной записи на Госуслугах.',
      instruction:
        'На экране «Добавьте номер телефона — при наличии» введите номер телефона ребёнка и нажмите «Получить код». Если у ребёнка нет телефона, нажмите «Пропустить».',
      who: 'parent',
      page: [wizard(
        heading(
          'Добавьте номер телефона — при наличии',
          'Добавьте номер телефона – при наличии',
          'Добавьте номер телефона - при наличии',
        ),
      )],
      target: [{ kind: 'press', name: ['Получить код'] }, { kind: 'press', name: ['Пропустить'] }],
    },
    {
      id: 'phone-code',
      title: 'Введите код из СМС',
      hint: 'Введите код, который пришёл на телефон ребёнка. Нажмите «Подтвердить».',
      warning:
        'Код может идти несколько минут. Вместо СМС может позвонить номер: введите его последние цифры. Не пришёл — «Отправить повторно» или «Изменить номер».',
      instruction:
        'На экране «Подтвердите номер телефона» введите «Код подтверждения» из СМС и нажмите «Подтвердить». Код не пришёл — дождитесь конца отсчёта и нажмите «Отправить повторно»; номер с ошибкой — «Изменить номер».',
      who: 'parent',
      page: [wizard(heading('Подтвердите номер телефона'))],
      target: [{ kind: 'press', name: ['Подтвердить'] }],
    },
    {
      id: 'email',
      title: 'Укажите почту ребёнка',
      hint: 'Детская почта Mail.ru («Да») — если вы указали телефон ребёнка. Нет телефона — «Нет, уже есть электронная почта», согласие и «Продолжить».',
      warning:
        'Пароль от детской почты Mail.ru — код из СМС на телефон ребёнка: без телефона в неё не войти. Почта не должна быть вашей и не должна использоваться на Госуслугах.',
      instruction:
        'Если у ребёнка есть телефон и вы его указали, нажмите «Да», чтобы создать детскую почту на Mail.ru: «Даю согласие», имя почты, «Создать», «Продолжить» (войти в неё можно по коду из СМС на телефон ребёнка). Иначе «Нет, уже есть электронная почта»: введите почту ребёнка, отметьте «Даю согласие» и нажмите «Продолжить», затем откройте письмо и подтвердите адрес. Письмо от Госуслуг в детскую почту Mail.ru может ждать в «На проверку»: эту папку видит только родитель.',
      who: 'parent',
      wait: 'Если выбрали свою почту: дождитесь письма от Госуслуг и нажмите в нём «Подтвердить адрес». Письма нет — загляните в папку со спамом.',
      page: [
        wizard(heading('Создать российскую безопасную электронную почту для ребёнка?')),
        wizard(heading('Добавьте электронную почту')),
        wizard(heading('Согласие родителя (законного представителя) на обработку персональных данных несовершеннолетнего ребёнка')),
        wizard({ kind: 'text', name: ['Выберите адрес почты на одном из доменов Mail.ru'], partial: true }),
        wizard(heading('Почта для ребёнка создана')),
        wizard(EMAIL_SENT),
      ],
      target: [
        { kind: 'check', name: [EMAIL_CONSENT], checked: false },
        { kind: 'press', name: ['Продолжить'] },
        { kind: 'press', name: ['Создать'] },
        { kind: 'press', name: ['Даю согласие'] },
        { kind: 'press', name: ['Да'] },
      ],
      done: [EMAIL_SENT],
    },
    {
      id: 'password',
      title: 'Придумайте пароль ребёнку',
      hint: 'Введите пароль дважды и нажмите «Сохранить». Запишите его для ребёнка.',
      warning: 'Пароль: не меньше 8 знаков, большие и маленькие латинские буквы, цифры и символы.',
      instruction:
        'На экране «Пароль для входа на Госуслуги» введите пароль в поля «Пароль» и «Повторите пароль» (или нажмите «сгенерируйте»), затем нажмите «Сохранить».',
      who: 'parent',
      page: [wizard(heading('Пароль для входа на Госуслуги'))],
      target: [{ kind: 'press', name: ['Сохранить'] }],
    },
    {
      id: 'created',
      title: 'Учётная запись ребёнка создана',
      hint: 'Готово: учётная запись ребёнка создана. Для входа ребёнок использует свой телефон или почту.',
      instruction:
        'Должна появиться надпись «Учётная запись ребёнка создана». Ребёнок входит на Госуслуги со своим телефоном или почтой и паролем, который вы придумали.',
      who: 'parent',
      page: [wizard(heading('Учётная запись ребёнка создана')), { url: ['lkChildCard'], shows: [ACCOUNT_EXISTS] }],
      done: [{ kind: 'text', name: ['Учётная запись ребёнка создана', 'Учётная запись создана', 'Учётная запись привязана к вашей'], partial: true }],
    },
  ],
} as const satisfies Scenario;
