import type { Scenario, Step } from './types';
import { parentDiarySferum } from './scenarios/parent-diary-sferum';
import { childGosuslugiAccount } from './scenarios/child-gosuslugi-account';
import { parentConsent } from './scenarios/parent-consent';
import { bindChildAccount } from './scenarios/bind-child-account';
import { teenGosuslugiAccount } from './scenarios/teen-gosuslugi-account';
import { childDiarySferum } from './scenarios/child-diary-sferum';
import { diaryLoginGosuslugi } from './scenarios/diary-login-gosuslugi';
import { teacherMessenger } from './scenarios/teacher-messenger';
import { familyMessenger } from './scenarios/family-messenger';
import { maxFamilyChat } from './scenarios/max-family-chat';
import { maxTeacherChat } from './scenarios/max-teacher-chat';
import { myschoolDiary } from './scenarios/myschool-diary';

/** The catalogue, in the order of SCENARIOS.md. Ids are a public contract. */
export const SCENARIOS: readonly Scenario[] = [
  parentDiarySferum,
  childGosuslugiAccount,
  childDiarySferum,
  parentConsent,
  bindChildAccount,
  teenGosuslugiAccount,
  diaryLoginGosuslugi,
  teacherMessenger,
  familyMessenger,
  maxFamilyChat,
  maxTeacherChat,
  myschoolDiary,
];

export const findScenario = (id: string | null | undefined): Scenario | undefined =>
  SCENARIOS.find((s) => s.id === id);

export const findStep = (scenario: Scenario, stepId: string | null | undefined): Step | undefined =>
  scenario.steps.find((s) => s.id === stepId);

/** The support code of a step: П<scenario number>-<step number>, e.g. П1-5. */
export const stepCode = (scenario: Scenario, stepId: string): string =>
  `П${scenario.number}-${scenario.steps.findIndex((s) => s.id === stepId) + 1}`;

export type { Scenario, Step } from './types';
