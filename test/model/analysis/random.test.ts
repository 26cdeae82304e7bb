// The simulation's random source: sfc32 with ziggurat normals and exponentials.
// Checked against the distributions themselves (Kolmogorov–Smirnov, moments,
// tail frequencies), since a wrong table gives plausible-looking numbers.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/model/analysis/random.js';

const N = 200_000;
/** KS critical value at α = 0.001 for N samples. */
const KS_CRITICAL = 1.949 / Math.sqrt(N);

function draws(make: () => number): Float64Array {
    return Float64Array.from({ length: N }, make).sort();
}

/** Largest gap between the empirical and the given distribution function. */
function ksDistance(sorted: Float64Array, cdf: (x: number) => number): number {
    let worst = 0;
    sorted.forEach((x, i) => {
        const f = cdf(x);
        worst = Math.max(worst, Math.abs(f - i / sorted.length), Math.abs((i + 1) / sorted.length - f));
    });
    return worst;
}

/** The standard normal distribution function (Abramowitz & Stegun 7.1.26 via erf, error < 1.5e-7). */
function normalCdf(x: number): number {
    const t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.SQRT2);
    const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x / 2);
    return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

const mean = (a: Float64Array) => a.reduce((s, x) => s + x, 0) / a.length;
const variance = (a: Float64Array) => { const m = mean(a); return a.reduce((s, x) => s + (x - m) ** 2, 0) / (a.length - 1); };

describe('seeded random source', () => {
    it('is deterministic per seed and differs between nearby seeds', () => {
        const take = (seed: number) => { const r = seededRandom(seed); return [r.next(), r.normal(), r.exponential(2)]; };
        expect(take(7)).toEqual(take(7));
        expect(take(7)).not.toEqual(take(8));
    });

    it('uniforms lie in [0, 1) and pass Kolmogorov–Smirnov', () => {
        const r = seededRandom(1);
        const u = draws(() => r.next());
        expect(u[0]).toBeGreaterThanOrEqual(0);
        expect(u[N - 1]).toBeLessThan(1);
        expect(ksDistance(u, x => x)).toBeLessThan(KS_CRITICAL);
    });

    it('exponentials have the mean asked for and the exponential distribution', () => {
        const r = seededRandom(2);
        const e = draws(() => r.exponential(3));
        expect(mean(e)).toBeCloseTo(3, 1);
        expect(Math.sqrt(variance(e))).toBeCloseTo(3, 1);
        expect(e[0]).toBeGreaterThanOrEqual(0);
        expect(ksDistance(e, x => 1 - Math.exp(-x / 3))).toBeLessThan(KS_CRITICAL);
        // The ziggurat's base strip: beyond R = 7.697 the tail is drawn separately; P(X > R) = e^-R.
        const beyond = e.filter(x => x / 3 > 7.697117470131487).length / N;
        expect(beyond).toBeGreaterThan(0.3 * Math.exp(-7.697117470131487));
        expect(beyond).toBeLessThan(3 * Math.exp(-7.697117470131487));
    });

    it('normals are standard normal, tails included', () => {
        const r = seededRandom(3);
        const z = draws(() => r.normal());
        expect(mean(z)).toBeCloseTo(0, 2);
        expect(variance(z)).toBeCloseTo(1, 1);
        expect(ksDistance(z, normalCdf)).toBeLessThan(KS_CRITICAL);
        // P(|Z| > 3.4426) = 5.76e-4: about 115 of 200,000, on both sides.
        const tail = z.filter(x => Math.abs(x) > 3.442619855899).length;
        expect(tail).toBeGreaterThan(70);
        expect(tail).toBeLessThan(170);
        expect(z.filter(x => x < -3.442619855899).length).toBeGreaterThan(25);
        expect(z.filter(x => x > 3.442619855899).length).toBeGreaterThan(25);
    });
});
