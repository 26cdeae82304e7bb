/**
 * Service times. The standard time is the mean; Shostack's tolerance is read
 * as the 95th percentile, and the time follows a lognormal distribution with
 * that mean and p95 (docs/analysis.md says why). Without a tolerance the time
 * is exponential (coefficient of variation 1, the M/M/c assumption); with a
 * tolerance at or below the standard it is fixed.
 */
import type { Random } from './random.js';

/** z of the standard normal's 95th percentile. */
const Z95 = 1.6448536269514722;

export type ServiceTime =
    | { kind: 'fixed'; mean: number }
    | { kind: 'exponential'; mean: number }
    | { kind: 'lognormal'; mean: number; mu: number; sigma: number };

export function serviceTime(mean: number, tolerance: number | undefined): ServiceTime {
    if (mean <= 0) return { kind: 'fixed', mean: 0 };
    if (tolerance === undefined) return { kind: 'exponential', mean };
    if (tolerance <= mean) return { kind: 'fixed', mean };
    // mean = exp(mu + sigma²/2), p95 = exp(mu + z·sigma)  ⇒  sigma²/2 − z·sigma + ln(p95/mean) = 0.
    // The smaller root; past ln(p95/mean) = z²/2 (p95 ≈ 3.9 × mean) no lognormal fits and sigma stops at z.
    const gap = Math.log(tolerance / mean);
    const sigma = Z95 - Math.sqrt(Math.max(0, Z95 * Z95 - 2 * gap));
    return { kind: 'lognormal', mean, mu: Math.log(mean) - sigma * sigma / 2, sigma };
}

/** Squared coefficient of variation (variance ÷ mean²). */
export function squaredCv(time: ServiceTime): number {
    if (time.kind === 'fixed') return 0;
    if (time.kind === 'exponential') return 1;
    return Math.expm1(time.sigma * time.sigma);
}

export function sample(time: ServiceTime, random: Random): number {
    if (time.kind === 'fixed') return time.mean;
    if (time.kind === 'exponential') return random.exponential(time.mean);
    return Math.exp(time.mu + time.sigma * random.normal());
}

/** The p-quantile of a lognormal service time's z-score helper (for tests and docs). */
export const P95_Z = Z95;
