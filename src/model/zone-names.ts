import type { ZoneKind } from './types.js';

/**
 * The one table of zone names: the default lane titles of the model and the
 * drawing's zone strips (English · the seed's Chinese term).
 */
export const ZONE_NAMES: Record<ZoneKind, { english: string; short: string; chinese: string }> = {
    evidence: { english: 'Physical evidence', short: 'Evidence', chinese: '有形展示' },
    customer: { english: 'Customer actions', short: 'Customer', chinese: '顾客行为' },
    onstage: { english: 'Onstage actions', short: 'Onstage', chinese: '前台行为' },
    backstage: { english: 'Backstage actions', short: 'Backstage', chinese: '后台行为' },
    support: { english: 'Support processes', short: 'Support', chinese: '支持过程' }
};
