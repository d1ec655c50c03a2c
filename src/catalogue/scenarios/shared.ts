import type { ElementQuery, PageSpec, Step, Who } from '../types';
import { isEsiaLogin } from '../sites';

// Pieces that several scenarios share: the same ESIA pages and the same diary screens.

/** The diary's button that starts the Gosuslugi sign-in (seed 000; seeds 002/003 spell it otherwise). */
export const GOSUSLUGI_ENTRY: ElementQuery = {
  kind: 'press',
  name: ['Вход через портал госуслуг', 'Войти через портал госуслуг', 'Вход через Госуслуги', 'Войти через Госуслуги'],
};

/** The ESIA consent screen shares the login URL (seed 000 shows it at esia.gosuslugi.ru/login/). */
export const ESIA_GRANT_HEADING: ElementQuery = { kind: 'heading', name: 'Предоставление прав доступа' };

/**
 * The ESIA sign-in: any ESIA login address not showing the consent screen (the form,
 * the QR code, the SMS-code screen after the password all count as signing in).
 */
export const esiaLoginPage: PageSpec = { url: isEsiaLogin, hides: [ESIA_GRANT_HEADING] };

export const esiaGrantStep = (who: Who): Step => ({
  id: 'esia-grant',
  title: 'Разрешите дневнику доступ',
  hint: 'Дневник просит ваши ФИО, почту, телефон и СНИЛС для входа. Нажмите «Предоставить».',
  warning: '«Отказать» закроет вход в дневник.',
  instruction:
    'На странице «Предоставление прав доступа» нажмите «Предоставить». Если такой страницы нет, пропустите этот шаг.',
  who,
  optional: true,
  page: { url: isEsiaLogin, shows: [ESIA_GRANT_HEADING] },
  target: { kind: 'press', name: 'Предоставить' },
});

/** The VK ID screen where the person checks their own data (seed 000). */
export const VKID_PROFILE_HEADING: ElementQuery = { kind: 'text', name: 'Информация о себе' };

/** The diary's success text once the e-diary and Sferum are linked (seed 000). */
export const LINKED_TEXT: ElementQuery = {
  kind: 'text',
  name: 'Электронный дневник и учебный аккаунт Сферума связаны',
  partial: true,
};
