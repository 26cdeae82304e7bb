/**
 * A seeded random source for the simulation: sfc32 (Chris Doty-Humphrey's
 * small fast counting generator, passes PractRand), seeded through splitmix32
 * so that nearby seeds give unrelated streams. Deterministic: one seed, one run.
 */
export interface Random {
    /** Uniform on [0, 1). */
    next(): number;
    /** Standard normal (Marsaglia's polar method, the second value kept for the next call). */
    normal(): number;
    /** Exponential with the given mean. */
    exponential(mean: number): number;
}

export function seededRandom(seed: number): Random {
    let state = seed >>> 0;
    const splitmix = (): number => {
        state = (state + 0x9e3779b9) >>> 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return (z ^ (z >>> 16)) >>> 0;
    };
    let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
    const next = (): number => {
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
    let spare = NaN;
    return {
        next,
        normal() {
            if (!Number.isNaN(spare)) {
                const value = spare;
                spare = NaN;
                return value;
            }
            // Marsaglia's polar method: no trigonometry, one logarithm per pair.
            let x: number, y: number, r: number;
            do {
                x = 2 * next() - 1;
                y = 2 * next() - 1;
                r = x * x + y * y;
            } while (r >= 1 || r === 0);
            const scale = Math.sqrt(-2 * Math.log(r) / r);
            spare = y * scale;
            return x * scale;
        },
        exponential(mean) {
            return -mean * Math.log(1 - next());
        }
    };
}
