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

/** P(wait) for c servers and a Erlangs; 1 when a ≥ c (the queue grows without bound). */
export function erlangC(servers: number, offered: number): number {
    if (offered >= servers) return 1;
    if (offered <= 0) return 0;
    const b = erlangB(servers, offered);
    return b / (1 - (offered / servers) * (1 - b));
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
