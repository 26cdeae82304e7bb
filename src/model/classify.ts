import { flowsAcross } from './metrics.js';
import { FACE_TO_FACE_CHANNELS, type BlueprintModel, type Classification } from './types.js';

/**
 * A first guess of a blueprint's classification from what it draws, offered
 * by the BP201 quick fix so the designer edits values instead of typing them:
 * discretion suggests customized work; customers meeting only technology
 * suggest self-service, meeting staff interactive; remote channels indirect.
 */
export function guessClassification(model: Pick<BlueprintModel, 'steps' | 'flows'>): Required<Omit<Classification, 'approach'>> {
    const customerPartners = flowsAcross(model, 'interaction')
        .filter(crossing => crossing.upper.zone === 'customer' && crossing.lower.zone === 'onstage')
        .map(crossing => crossing.lower);
    const divergence = model.steps.some(s => s.discretion) ? 'customized' : 'standard';
    let contact: Classification['contact'] & string = 'none';
    if (customerPartners.length > 0) {
        if (customerPartners.some(s => !s.technology && (s.channel === undefined || FACE_TO_FACE_CHANNELS.includes(s.channel)))) contact = 'interactive';
        else if (customerPartners.every(s => s.technology)) contact = 'self-service';
        else contact = 'indirect';
    }
    return { divergence, object: 'information', contact };
}
