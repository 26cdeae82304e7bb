/**
 * The model's vocabularies (src/model: zones, lines, channels, units,
 * classification values) are the grammar's, checked by the compiler: each
 * line below fails to compile when a list and the generated AST union drift
 * apart in either direction. Rules, hover, completion and the TextMate test
 * read the model's lists, so the grammar is the one source.
 */
import type { TimeUnit } from '../model/duration.js';
import type { Approach, Channel, Contact, Divergence, LineKind, ObjectKind, ZoneKind } from '../model/types.js';
import type * as ast from './generated/ast.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const VOCABULARIES_MATCH_GRAMMAR: [
    Same<ZoneKind, ast.Zone>, Same<LineKind, ast.LineKind>, Same<Channel, ast.Channel>, Same<TimeUnit, ast.TimeUnit>,
    Same<Divergence, ast.Divergence>, Same<ObjectKind, ast.ObjectKind>, Same<Contact, ast.Contact>, Same<Approach, ast.Approach>
] = [true, true, true, true, true, true, true, true];
