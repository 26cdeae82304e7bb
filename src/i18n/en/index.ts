/**
 * The English message catalogue. Its shape is the type every catalogue must
 * have (`Messages`): a message with values is a function with typed
 * parameters, so a missing key or a wrong argument is a compile error.
 *
 * One catalogue, one section file per place a user reads text (so a change
 * to CLI texts and one to rule texts never touch the same file). Add a message
 * in a section here and in the same section of ../zh-cn/ together.
 */
import { analysis } from './analysis.js';
import { cli } from './cli.js';
import { core } from './core.js';
import { editor } from './editor.js';
import { extension } from './extension.js';
import { metrics } from './metrics.js';
import { preview } from './preview.js';
import { rules } from './rules.js';
import { syntax } from './syntax.js';

export const en = { ...core, rules, syntax, editor, metrics, cli, extension, preview, analysis };

export type Messages = typeof en;
