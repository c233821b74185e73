// Mutation runs repeat the suite for every mutant: fewer generated cases keep them short.
process.env.FUZZ_RUNS = process.env.FUZZ_RUNS ?? '40';
// One seed: every mutant meets the cases the coverage of the first run was measured on.
process.env.FUZZ_SEED = process.env.FUZZ_SEED ?? '20261123';
