/**
 * A seeded random source for the simulation: sfc32 (Chris Doty-Humphrey's
 * small fast counting generator, passes PractRand), seeded through splitmix32
 * so that nearby seeds give unrelated streams. Deterministic: one seed, one run.
 *
 * Normal and exponential variates come from Marsaglia and Tsang's ziggurat
 * ("The Ziggurat Method for Generating Random Variables", J. Stat. Software
 * 5(8), 2000): about 99% of draws cost one 32-bit number, a table look-up and
 * a multiplication, no logarithm. Every service time and gap between arrivals
 * is such a draw, and the logarithm of the inversion method was a quarter of
 * the simulation's time.
 */
export interface Random {
    /** Uniform on [0, 1). */
    next(): number;
    /** Standard normal. */
    normal(): number;
    /** Exponential with the given mean. */
    exponential(mean: number): number;
}

export function seededRandom(seed: number): Random {
    return new Sfc32(seed);
}

/**
 * A class rather than closures: every run then calls the same functions, so
 * the optimised code of one simulation serves the next (new closures per run
 * made V8 throw it away: "wrong call target").
 */
class Sfc32 implements Random {
    private a: number;
    private b: number;
    private c: number;
    private d: number;

    constructor(seed: number) {
        let state = seed >>> 0;
        const splitmix = (): number => {
            state = (state + 0x9e3779b9) >>> 0;
            let z = state;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.a = splitmix();
        this.b = splitmix();
        this.c = splitmix();
        this.d = splitmix();
    }

    next(): number {
        return this.nextUint32() / 4294967296;
    }

    /** Uniform on the 32-bit unsigned integers. */
    private nextUint32(): number {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = (this.c << 21) | (this.c >>> 11);
        this.c = (this.c + t) | 0;
        return t >>> 0;
    }

    normal(): number {
        const hz = this.nextUint32() | 0;
        const iz = hz & 127;
        return Math.abs(hz) < NORMAL.k[iz] ? hz * NORMAL.w[iz] : this.normalTail(hz, iz);
    }

    /** The ziggurat's slow path for the normal: the wedges and the tail beyond R. */
    private normalTail(hz: number, iz: number): number {
        for (;;) {
            const x = hz * NORMAL.w[iz];
            if (iz === 0) {
                let tail: number, y: number;
                do {
                    tail = -Math.log(1 - this.next()) / NORMAL_R;
                    y = -Math.log(1 - this.next());
                } while (y + y < tail * tail);
                return hz > 0 ? NORMAL_R + tail : -NORMAL_R - tail;
            }
            if (NORMAL.f[iz] + this.next() * (NORMAL.f[iz - 1] - NORMAL.f[iz]) < Math.exp(-0.5 * x * x)) return x;
            hz = this.nextUint32() | 0;
            iz = hz & 127;
            if (Math.abs(hz) < NORMAL.k[iz]) return hz * NORMAL.w[iz];
        }
    }

    exponential(mean: number): number {
        const jz = this.nextUint32();
        const iz = jz & 255;
        return mean * (jz < EXPONENTIAL.k[iz] ? jz * EXPONENTIAL.w[iz] : this.exponentialTail(jz, iz));
    }

    /** The ziggurat's slow path for the standard exponential. */
    private exponentialTail(jz: number, iz: number): number {
        for (;;) {
            if (iz === 0) return EXPONENTIAL_R - Math.log(1 - this.next());
            const x = jz * EXPONENTIAL.w[iz];
            if (EXPONENTIAL.f[iz] + this.next() * (EXPONENTIAL.f[iz - 1] - EXPONENTIAL.f[iz]) < Math.exp(-x)) return x;
            jz = this.nextUint32();
            iz = jz & 255;
            if (jz < EXPONENTIAL.k[iz]) return jz * EXPONENTIAL.w[iz];
        }
    }
}

interface Ziggurat {
    /** Integer thresholds below which a draw lies inside layer i's rectangle. */
    k: Float64Array;
    /** Layer widths per integer unit. */
    w: Float64Array;
    /** Density at each layer's top edge. */
    f: Float64Array;
}

/** Right edge of the normal ziggurat's base layer and the area of each of its 128 layers. */
const NORMAL_R = 3.442619855899;
const NORMAL_V = 9.91256303526217e-3;
/** The same for the exponential's 256 layers. */
const EXPONENTIAL_R = 7.697117470131487;
const EXPONENTIAL_V = 3.949659822581572e-3;

/** Marsaglia and Tsang's table set-up (zigset), for a density f with inverse g. */
function ziggurat(layers: number, r: number, area: number, scale: number, f: (x: number) => number, fInverse: (y: number) => number): Ziggurat {
    const k = new Float64Array(layers), w = new Float64Array(layers), fs = new Float64Array(layers);
    const q = area / f(r);
    k[0] = (r / q) * scale;
    k[1] = 0;
    w[0] = q / scale;
    w[layers - 1] = r / scale;
    fs[0] = 1;
    fs[layers - 1] = f(r);
    let d = r, t = r;
    for (let i = layers - 2; i >= 1; i--) {
        d = fInverse(area / d + f(d));
        k[i + 1] = (d / t) * scale;
        t = d;
        fs[i] = f(d);
        w[i] = d / scale;
    }
    return { k, w, f: fs };
}

// Signed 31-bit magnitudes for the symmetric normal, unsigned 32 bits for the exponential.
const NORMAL = ziggurat(128, NORMAL_R, NORMAL_V, 2 ** 31, x => Math.exp(-0.5 * x * x), y => Math.sqrt(-2 * Math.log(y)));
const EXPONENTIAL = ziggurat(256, EXPONENTIAL_R, EXPONENTIAL_V, 2 ** 32, x => Math.exp(-x), y => -Math.log(y));
