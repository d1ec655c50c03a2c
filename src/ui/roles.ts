import type { Role } from '../storage/settings';
import type { MessageKey } from './i18n';

/** Who uses Проводник, in words: the options' choice and the popup's «Кто вы?». */
export const ROLE_LABEL: Record<Role, MessageKey> = { parent: 'roleParent', pupil: 'rolePupil', teacher: 'roleTeacher' };
