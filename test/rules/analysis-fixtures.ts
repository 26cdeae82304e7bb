import { CLEAN, edit } from './rule-helpers.js';

/** Two tellers at 75%: BP302 at the wait point (analytic, at once) and BP303 at the target (simulated). */
export const PEAK = edit(CLEAN,
    ['actor teller "Teller"', 'actor teller "Teller" staff 2'],
    ['    customer {', '    target 5 min\n    demand 30 per h\n    customer {'],
    ['step ask { evidence "form" }', 'step ask { evidence "form" time 1 min }'],
    ['step leave { evidence "receipt" }', 'step leave { evidence "receipt" time 30 s }'],
    ['step serve { by teller via counter evidence "counter" }', 'step serve { by teller via counter evidence "counter" time 2 min wait 30 s tolerance 1 min }']);
