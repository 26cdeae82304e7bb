/**
 * Erlang C (M/M/c): the probability that an arriving customer waits and the
 * mean wait, for c servers offered a Erlangs (arrival rate × mean service time).
 */

/** Erlang B by the stable recursion B(k) = a·B(k−1) / (k + a·B(k−1)). */
export function erlangB(servers: number, offered: number): number {
    let b = 1;
    for (let k = 1; k <= servers; k++) b = offered * b / (k + offered * b);
    return b;
}

/** Past this many servers the recursion would take too long for a keystroke: Halfin–Whitt instead. */
const RECURSION_LIMIT = 100_000;

/** P(wait) for c servers and a Erlangs; 1 when a ≥ c (the queue grows without bound). */
export function erlangC(servers: number, offered: number): number {
    if (offered >= servers) return 1;
    if (offered <= 0) return 0;
    if (servers > RECURSION_LIMIT) return halfinWhitt(servers, offered);
    const b = erlangB(servers, offered);
    return b / (1 - (offered / servers) * (1 - b));
}

/** The many-server approximation C ≈ 1 / (1 + β·Φ(β)/φ(β)), β = (c − a)/√a (Halfin & Whitt 1981). */
function halfinWhitt(servers: number, offered: number): number {
    const beta = (servers - offered) / Math.sqrt(offered);
    if (beta > 8) return 0;
    const density = Math.exp(-beta * beta / 2) / Math.sqrt(2 * Math.PI);
    return 1 / (1 + beta * normalCdf(beta) / density);
}

/** Φ by the Abramowitz–Stegun 7.1.26 erf approximation (error < 1.5e-7). */
function normalCdf(x: number): number {
    const z = Math.abs(x) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * z);
    const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-z * z);
    return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Mean wait in queue, in the unit of `meanService`. With `serviceCv2` other
 * than 1 the Allen–Cunneen correction (Ca² + Cs²)/2 with Poisson arrivals
 * (Ca² = 1) turns it into the usual M/G/c approximation.
 */
export function erlangCWait(servers: number, offered: number, meanService: number, serviceCv2 = 1): number {
    if (offered >= servers) return Infinity;
    return erlangC(servers, offered) * meanService / (servers - offered) * (1 + serviceCv2) / 2;
}
