export * from './load-dataset.js';
export * from './cli.js';
export * from './format-problems.js';
export * from './parallel-betweenness.js';
export * from './write-report-file.js';
export * from './noto-sans-sc.js';
export * from './read-linkage-columns-file.js';
export * from './validate-large-linkages.js';
