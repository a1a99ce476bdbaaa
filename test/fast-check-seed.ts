import fc from 'fast-check';

// Property tests draw from one fixed seed, so CI runs are reproducible; set
// FAST_CHECK_SEED to explore other inputs locally (a failure prints its seed).
fc.configureGlobal({ seed: Number(process.env.FAST_CHECK_SEED ?? 20261203) });
