/**
 * Classification rules BP201–BP212: the seed's taxonomy (divergence, object,
 * contact) and design approaches checked against the drawn process.
 */
import type { Rule } from './rule.js';

export const classificationRules: Rule[] = [];
