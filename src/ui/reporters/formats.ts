// The lint output format names (apart from the reporters, so `--help` loads none of them).
export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];
