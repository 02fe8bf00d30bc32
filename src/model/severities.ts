/** Severities, worst first. Their own module: the table of finding kinds needs them, and the rest of the model needs that table. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
