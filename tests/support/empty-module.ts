// Stands in for `server-only` under vitest, which does not use the react-server condition.
export {};
