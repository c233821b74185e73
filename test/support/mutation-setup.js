// Mutation runs repeat the suite for every mutant: fewer generated cases keep them short.
process.env.FUZZ_RUNS = process.env.FUZZ_RUNS ?? '40';
