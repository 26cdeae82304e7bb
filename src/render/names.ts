/** The bilingual names the drawing shows (English · the seed's Chinese term). */
import type { Approach, Channel, Contact, Divergence, ObjectKind } from '../model/types.js';

export { LINE_NAMES, ZONE_NAMES } from '../model/types.js';

export const DIVERGENCE_NAMES: Record<Divergence, string> = {
    standard: 'standard · 标准服务',
    customized: 'customized · 定制服务'
};

export const OBJECT_NAMES: Record<ObjectKind, string> = {
    'customer-goods': 'customer goods · 顾客物品/权益',
    'company-goods': 'company goods · 公司物品/权益',
    'information': 'information · 信息',
    'people': 'people · 人'
};

export const CONTACT_NAMES: Record<Contact, string> = {
    'none': 'none · 无参与',
    'indirect': 'indirect · 间接参与',
    'self-service': 'self-service · 自助服务',
    'interactive': 'interactive · 交互服务'
};

export const APPROACH_NAMES: Record<Approach, string> = {
    'production-line': 'production line · 生产线法',
    'customer-cooperation': 'customer cooperation · 顾客合作法',
    'customer-contact': 'customer contact · 顾客接触法'
};

export const CHANNEL_NAMES: Record<Channel, string> = {
    counter: 'counter', branch: 'branch', onsite: 'on site', atm: 'ATM', kiosk: 'kiosk', pos: 'POS',
    phone: 'phone', web: 'web', app: 'app', mail: 'mail', internal: 'internal'
};
