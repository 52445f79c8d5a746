import type { Rule } from '../rule.js';
import { DE_RULES } from './de.js';
import { BARE_DATA_REQUEST, EN_RULES } from './en.js';
import { ES_RULES } from './es.js';
import { FOR_SOMEONE_RULES } from './for-someone.js';
import { IGNORED_OPT_OUT_RULES } from './ignored-opt-out.js';
import { FORM_RULES, NEW_DETAIL_RULES } from './forms.js';
import { FR_RULES } from './fr.js';
import { IT_RULES } from './it.js';
import { MAY_I_HAVE_RULES } from './may-i-have.js';
import { MINOR_RULES } from './minor.js';
import { NL_RULES } from './nl.js';
import { NO_SHARING_RULES } from './no-sharing.js';
import { ONE_WORD_DELETION, ONE_WORD_OPT_OUT } from './one-word.js';
import { PORTABILITY_RULES } from './portability.js';
import { RECORDING_RULES } from './recordings.js';
import { PT_RULES } from './pt.js';
import { STATUTE_RULES } from './statutes.js';
import { WHAT_YOU_DO_RULES } from './what-you-do.js';
import { WHY_NOT_DONE_RULES } from './why-not-done.js';
import { SOMEONE_ELSES_RULES } from './someone-elses.js';

export { ARTICLE_CITATION, GDPR_ARTICLE_LABELS, GDPR_NAME, REQUEST_BEFORE_ARTICLE } from './statutes.js';

/**
 * Every language's rules run on every message: people mix languages (an English subject on a German
 * letter, "unsubscribe" in a Dutch mail), and the detected language only sets the confidence.
 */
export const ALL_RULES: readonly Rule[] = [
  ...EN_RULES,
  ONE_WORD_OPT_OUT,
  ONE_WORD_DELETION,
  BARE_DATA_REQUEST,
  ...DE_RULES,
  ...ES_RULES,
  ...FR_RULES,
  ...IT_RULES,
  ...PT_RULES,
  ...NL_RULES,
  ...MINOR_RULES,
  ...FOR_SOMEONE_RULES,
  ...IGNORED_OPT_OUT_RULES,
  ...PORTABILITY_RULES,
  ...MAY_I_HAVE_RULES,
  ...WHAT_YOU_DO_RULES,
  ...WHY_NOT_DONE_RULES,
  ...SOMEONE_ELSES_RULES,
  ...NO_SHARING_RULES,
  ...RECORDING_RULES,
  ...STATUTE_RULES,
  ...FORM_RULES,
  ...NEW_DETAIL_RULES,
];
