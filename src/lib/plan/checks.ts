/** The plan checks' public face (one file per clause in ./checks/). */
export * from './checks/index.ts';
