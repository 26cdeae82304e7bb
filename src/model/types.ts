/**
 * The blueprint model: a plain, JSON-serialisable description of one service
 * blueprint, built once per document version from the Langium AST. The
 * validator, hover, CLI, renderer and webview all read this, never the AST.
 */

import type { TimeUnit } from './duration.js';

export const ZONES = ['evidence', 'customer', 'onstage', 'backstage', 'support'] as const;
export type ZoneKind = (typeof ZONES)[number];

/** The three lines, top to bottom, with the zones directly above and below each. */
export const LINES = ['interaction', 'visibility', 'internal'] as const;
export type LineKind = (typeof LINES)[number];

export const LINE_BOUNDARIES: Record<LineKind, { above: ZoneKind; below: ZoneKind }> = {
    interaction: { above: 'customer', below: 'onstage' },
    visibility: { above: 'onstage', below: 'backstage' },
    internal: { above: 'backstage', below: 'support' }
};

/** The bilingual names of the zones and lines (English · the seed's Chinese term), one table for model, rules and drawing. */
export const ZONE_NAMES: Record<ZoneKind, { english: string; short: string; chinese: string }> = {
    evidence: { english: 'Physical evidence', short: 'Evidence', chinese: '有形展示' },
    customer: { english: 'Customer actions', short: 'Customer', chinese: '顾客行为' },
    onstage: { english: 'Onstage actions', short: 'Onstage', chinese: '前台行为' },
    backstage: { english: 'Backstage actions', short: 'Backstage', chinese: '后台行为' },
    support: { english: 'Support processes', short: 'Support', chinese: '支持过程' }
};

export const LINE_NAMES: Record<LineKind, { english: string; chinese: string }> = {
    interaction: { english: 'line of interaction', chinese: '互动分界线' },
    visibility: { english: 'line of visibility', chinese: '可视分界线' },
    internal: { english: 'line of internal interaction', chinese: '内部互动分界线' }
};

export const DIVERGENCES = ['standard', 'customized'] as const;
export const OBJECT_KINDS = ['customer-goods', 'company-goods', 'information', 'people'] as const;
export const CONTACTS = ['none', 'indirect', 'self-service', 'interactive'] as const;
export const APPROACHES = ['production-line', 'customer-cooperation', 'customer-contact'] as const;
export type Divergence = (typeof DIVERGENCES)[number];
export type ObjectKind = (typeof OBJECT_KINDS)[number];
export type Contact = (typeof CONTACTS)[number];
export type Approach = (typeof APPROACHES)[number];

export const CHANNELS = ['counter', 'branch', 'onsite', 'atm', 'kiosk', 'pos', 'phone', 'web', 'app', 'mail', 'internal'] as const;
export type Channel = (typeof CHANNELS)[number];
/** Channels on which staff meet the customer face to face: at the counter, in the branch, or on site (a client's office, a roadshow venue). */
export const FACE_TO_FACE_CHANNELS: readonly Channel[] = ['counter', 'branch', 'onsite'];
/** Channels on which the customer does not meet staff face to face. */
export const REMOTE_CHANNELS: readonly Channel[] = ['phone', 'web', 'app', 'mail'];
/** Channels on which the customer works a machine: self-service technology. */
export const SELF_SERVICE_CHANNELS: readonly Channel[] = ['atm', 'kiosk', 'pos', 'web', 'app'];

/** Zero-based line/character positions, as in LSP. */
export interface Position { line: number; character: number }
export interface SourceRange { start: Position; end: Position }

export interface Classification {
    divergence?: Divergence;
    object?: ObjectKind;
    contact?: Contact;
    approach?: Approach;
}

export interface LaneModel {
    /** Unique within the blueprint: the lane's name, or its zone for an unnamed lane. */
    id: string;
    /** As written (the title, else the lane's name); undefined when neither is: each reader then names it by its zone, in their language. */
    title?: string;
    zone: ZoneKind;
    range: SourceRange;
}

export interface LineModel {
    kind: LineKind;
    /** Index in `lanes` of the last lane above the line (-1: above every lane). */
    afterLane: number;
    /** True when the author wrote no lines and the model placed them by zone. */
    implied: boolean;
    range?: SourceRange;
}

export interface PhaseModel { id: string; title: string; range: SourceRange }

export interface PerformerModel {
    id: string;
    title: string;
    kind: 'actor' | 'system';
    /** How many serve at once (`staff`/`capacity`); undefined: not declared (a system is then unlimited). */
    staff?: number;
    /** Cost of one of them per hour (`cost … per h`, converted to hours). */
    costPerHour?: number;
}

/** Durations are in seconds; `unit`/`toleranceUnit` are the units the author wrote them in (drawn as written). */
export interface TimeStandard { standard: number; tolerance?: number; unit?: TimeUnit; toleranceUnit?: TimeUnit }
export interface WaitPoint { expected: number; tolerance?: number; unit?: TimeUnit; toleranceUnit?: TimeUnit }
export interface FailPoint {
    reason: string;
    recoveryStep?: string;
    recoveryText?: string;
    range: SourceRange;
}

export interface StepModel {
    id: string;
    label: string;
    lane: string;
    zone: ZoneKind;
    phase?: string;
    performer?: PerformerModel;
    channel?: Channel;
    /** Performed by a system, or on a self-service channel without a named performer. */
    technology: boolean;
    time?: TimeStandard;
    wait?: WaitPoint;
    fail?: FailPoint;
    evidence: string[];
    discretion: boolean;
    notes: string[];
    range: SourceRange;
    nameRange: SourceRange;
}

export type FlowKind = 'handoff' | 'two-way';

export interface FlowModel {
    /** Index in `flows`. */
    index: number;
    from: string;
    to: string;
    kind: FlowKind;
    label?: string;
    condition?: string;
    /** The share (0–1) of customers taking a conditional flow (`when "…" 5%`). */
    probability?: number;
    range: SourceRange;
}

/** A named what-if (`scenario`): overrides demand, staff and step times for the analysis. */
export interface ScenarioModel {
    id: string;
    title: string;
    /** Customers per hour. */
    demand?: number;
    /** Performer id → staff count. */
    staff: Record<string, number>;
    /** Step id → time standard. */
    times: Record<string, TimeStandard>;
    range: SourceRange;
}

export interface Metrics {
    totalSteps: number;
    stepsPerZone: Record<ZoneKind, number>;
    lineCrossings: Record<LineKind, number>;
    failPoints: number;
    waitPoints: number;
    /** Seconds of standard time plus expected waits along the longest path. */
    longestPathTime: number;
    /** Seconds the customer spends in the system (customer and onstage steps, waits) along the path where that is longest. */
    customerVisibleTime: number;
    /** Chase's contact ratio: customer time in the system ÷ total service time; undefined without times. */
    contactRatio?: number;
    /** Technology steps ÷ provider (onstage, backstage, support) steps; undefined without provider steps. */
    automationShare?: number;
}

export interface BlueprintModel {
    name: string;
    title: string;
    classification: Classification;
    /** Customer-visible time target in seconds. */
    target?: number;
    /** Customers arriving per hour (`demand … per …`, converted to hours). */
    demand?: number;
    /** This blueprint's staff per performer id (`staff Teller 6`), over the declarations' counts. */
    staff?: Record<string, number>;
    /** Named what-ifs for the analysis (absent on models built by older code). */
    scenarios?: ScenarioModel[];
    lanes: LaneModel[];
    lines: LineModel[];
    phases: PhaseModel[];
    steps: StepModel[];
    flows: FlowModel[];
    metrics: Metrics;
    range: SourceRange;
    nameRange: SourceRange;
}
