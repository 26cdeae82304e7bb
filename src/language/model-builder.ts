/**
 * AST → blueprint model, the one place that maps Langium nodes to the plain
 * model (as LikeC4's ModelBuilder does): src/model/ stays free of Langium, and
 * every model element keeps the AST node it came from, index-aligned, so a
 * rule reports where the element was written even after a recovered parse.
 */
import { GrammarUtils, type AstNode } from 'langium';
import { isTimeUnit, toSeconds, type TimeUnit } from '../model/duration.js';
import { impliedLines } from '../model/lines.js';
import { buildFlowGraph, type FlowGraph } from '../model/graph.js';
import { computeMetrics } from '../model/metrics.js';
import { blueprintDemand, blueprintStaff, buildScenarios, flowProbability, performerResources } from './model-builder-analysis.js';
import {
    SELF_SERVICE_CHANNELS,
    type BlueprintModel, type Classification, type FlowModel, type LaneModel, type LineModel,
    type PerformerModel, type PhaseModel, type SourceRange, type StepModel
} from '../model/types.js';
import * as ast from './generated/ast.js';

/** Where each model element was written. */
export interface BlueprintSource {
    blueprint: ast.Blueprint;
    steps: Map<string, ast.Step>;
    /** Index-aligned with `model.flows`. */
    flows: ast.FlowEdge[];
    /** Index-aligned with `model.lanes`. */
    lanes: ast.Lane[];
    /** Index-aligned with `model.lines`; empty when the lines are implied. */
    lines: ast.Line[];
}

/** A model with the derived flow graph and the AST nodes its elements came from. */
export interface BuiltBlueprint {
    model: BlueprintModel;
    graph: FlowGraph;
    source: BlueprintSource;
}

const EMPTY_RANGE: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** AST nodes are rebuilt on every parse, so a WeakMap is a cache per document version. */
const cache = new WeakMap<ast.Blueprint, BuiltBlueprint>();

export function buildBlueprint(blueprint: ast.Blueprint): BuiltBlueprint {
    let built = cache.get(blueprint);
    if (!built) {
        built = build(blueprint);
        cache.set(blueprint, built);
    }
    return built;
}

function build(blueprint: ast.Blueprint): BuiltBlueprint {
    const laneNodes = blueprint.members.filter(ast.isLane);
    const lanes = buildLanes(laneNodes);
    const steps: StepModel[] = [];
    const stepNodes = new Map<string, ast.Step>();
    laneNodes.forEach((laneNode, i) => {
        for (const stepNode of laneNode.steps) {
            if (!stepNode.name || stepNodes.has(stepNode.name)) continue;
            stepNodes.set(stepNode.name, stepNode);
            steps.push(buildStep(stepNode, lanes[i]));
        }
    });
    const { flows, flowNodes } = buildFlows(blueprint, stepNodes);
    const lines = buildLines(blueprint, lanes);
    const partial: Omit<BlueprintModel, 'metrics'> = {
        name: blueprint.name ?? '',
        title: blueprint.title ?? blueprint.name ?? '',
        classification: buildClassification(blueprint),
        target: durationOf(blueprint.members.find(ast.isTarget)?.time),
        demand: blueprintDemand(blueprint),
        staff: blueprintStaff(blueprint),
        scenarios: buildScenarios(blueprint, rangeOf, durationOf),
        lanes,
        lines: lines.models,
        phases: blueprint.members.filter(ast.isPhase).filter(p => p.name).map(buildPhase),
        steps,
        flows,
        range: rangeOf(blueprint),
        nameRange: propertyRange(blueprint, 'name')
    };
    const graph = buildFlowGraph(partial);
    const model: BlueprintModel = { ...partial, metrics: computeMetrics(partial, graph) };
    return { model, graph, source: { blueprint, steps: stepNodes, flows: flowNodes, lanes: laneNodes, lines: lines.nodes } };
}

export function rangeOf(node: AstNode | undefined): SourceRange {
    return node?.$cstNode?.range ?? EMPTY_RANGE;
}

export function propertyRange(node: AstNode, property: string): SourceRange {
    const cst = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property);
    return cst?.range ?? rangeOf(node);
}

export function durationOf(duration: ast.Duration | undefined): number | undefined {
    // A recovered parse can leave a duration without its number or unit.
    const seconds = duration?.unit ? toSeconds(duration.value, duration.unit) : NaN;
    return Number.isFinite(seconds) ? seconds : undefined;
}

function buildClassification(blueprint: ast.Blueprint): Classification {
    // When a value is given twice the last one counts; BP201 reports the duplicate.
    const block = blueprint.members.find(ast.isClassification);
    if (!block) return {};
    return {
        divergence: block.divergence.at(-1),
        object: block.object.at(-1),
        contact: block.contact.at(-1),
        approach: block.approach.at(-1)
    };
}

function buildLanes(laneNodes: ast.Lane[]): LaneModel[] {
    const used = new Set<string>();
    return laneNodes.map(node => {
        const zone = node.zone;
        let id = node.name ?? zone;
        for (let n = 2; used.has(id); n++) id = `${node.name ?? zone}-${n}`;
        used.add(id);
        return { id, title: node.title ?? node.name, zone, range: rangeOf(node) };
    });
}

/**
 * Lines as written, with their nodes (a `line` whose kind did not parse is
 * left out of both); when none are written, each is implied between its zones.
 */
function buildLines(blueprint: ast.Blueprint, lanes: LaneModel[]): { models: LineModel[]; nodes: ast.Line[] } {
    const models: LineModel[] = [];
    const nodes: ast.Line[] = [];
    let lanesSeen = 0;
    for (const member of blueprint.members) {
        if (ast.isLane(member)) lanesSeen++;
        else if (ast.isLine(member) && member.kind) {
            models.push({ kind: member.kind, afterLane: lanesSeen - 1, implied: false, range: rangeOf(member) });
            nodes.push(member);
        }
    }
    if (models.length > 0) return { models, nodes };
    return { models: impliedLines(lanes), nodes };
}


function buildPhase(node: ast.Phase): PhaseModel {
    return { id: node.name, title: node.title ?? node.name, range: rangeOf(node) };
}

function buildStep(node: ast.Step, lane: LaneModel): StepModel {
    const props = node.properties;
    const performerNode = props.filter(ast.isPerformerRef).at(-1)?.performer?.ref;
    const performer: PerformerModel | undefined = performerNode && {
        id: performerNode.name,
        title: performerNode.title ?? performerNode.name,
        kind: ast.isSystem(performerNode) ? 'system' : 'actor',
        ...performerResources(performerNode)
    };
    const channel = props.filter(ast.isChannelProp).at(-1)?.channel;
    const time = props.filter(ast.isTimeStandard).at(-1);
    const wait = props.filter(ast.isWaitPoint).at(-1);
    const fail = props.filter(ast.isFailPoint).at(-1);
    return {
        id: node.name,
        label: node.label ?? node.name,
        lane: lane.id,
        zone: lane.zone,
        phase: props.filter(ast.isPhaseRef).at(-1)?.phase?.ref?.name,
        performer,
        channel,
        technology: performer ? performer.kind === 'system' : channel !== undefined && SELF_SERVICE_CHANNELS.includes(channel),
        time: timeStandard(time),
        wait: waitPoint(wait),
        fail: fail && {
            reason: fail.reason ?? '',
            recoveryStep: fail.recoveryStep?.ref?.name,
            recoveryText: fail.recoveryText,
            range: rangeOf(fail)
        },
        evidence: props.filter(ast.isEvidenceProp).flatMap(e => e.items),
        discretion: props.some(ast.isDiscretion),
        notes: props.filter(ast.isNote).flatMap(n => (n.text === undefined ? [] : [n.text])),
        range: rangeOf(node),
        nameRange: propertyRange(node, 'name')
    };
}

function timeStandard(node: ast.TimeStandard | undefined): StepModel['time'] {
    const standard = durationOf(node?.standard);
    return standard === undefined ? undefined : { standard, tolerance: durationOf(node?.tolerance), ...writtenUnits(node?.standard, node?.tolerance) };
}

function waitPoint(node: ast.WaitPoint | undefined): StepModel['wait'] {
    const expected = durationOf(node?.expected);
    return expected === undefined ? undefined : { expected, tolerance: durationOf(node?.tolerance), ...writtenUnits(node?.expected, node?.tolerance) };
}

/** The units the author wrote, so the picture echoes `80 s` and `36 小时` rather than converting them. */
function writtenUnits(value: ast.Duration | undefined, tolerance: ast.Duration | undefined): { unit?: TimeUnit; toleranceUnit?: TimeUnit } {
    const unit = value?.unit && isTimeUnit(value.unit) ? value.unit : undefined;
    const toleranceUnit = tolerance?.unit && isTimeUnit(tolerance.unit) ? tolerance.unit : undefined;
    return { ...(unit ? { unit } : {}), ...(toleranceUnit ? { toleranceUnit } : {}) };
}

function buildFlows(blueprint: ast.Blueprint, stepNodes: Map<string, ast.Step>): { flows: FlowModel[]; flowNodes: ast.FlowEdge[] } {
    const flows: FlowModel[] = [];
    const flowNodes: ast.FlowEdge[] = [];
    for (const flow of blueprint.members.filter(ast.isFlow)) {
        let from = knownStep(flow.source?.ref, stepNodes);
        for (const edge of flow.edges) {
            const to = knownStep(edge.target?.ref, stepNodes);
            if (from && to) {
                flows.push({
                    index: flows.length,
                    from,
                    to,
                    kind: edge.kind === '<->' ? 'two-way' : 'handoff',
                    label: edge.label,
                    condition: edge.condition,
                    probability: flowProbability(edge),
                    range: rangeOf(edge)
                });
                flowNodes.push(edge);
            }
            from = to;
        }
    }
    return { flows, flowNodes };
}

/** Only steps of this blueprint that the model holds (the first of duplicate names). */
function knownStep(step: ast.Step | undefined, stepNodes: Map<string, ast.Step>): string | undefined {
    return step && stepNodes.get(step.name) === step ? step.name : undefined;
}
