// YAML 1.1 look-alikes: plain scalars that YAML 1.2 (rehearse, `yaml`) reads one way and YAML 1.1
// tools (PyYAML, older editors and linters) read as a boolean or a number. The one home of this
// check: lint warns about them (core/load/yaml-doc.ts), --fix quotes them when their 1.2 value is
// text (core/lint/fixes.ts) and rehearse quotes them when it writes YAML (store/yaml-out.ts).

const WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const NUMBERS: [RegExp, string][] = [
  [/^[-+]?0[0-7]+$/, 'an octal number'],
  [/^[-+]?0o[0-7]+$/, 'a number by YAML 1.2 tools and as text'],
  [/^[-+]?0b[01_]+$/, 'a binary number'],
  [/^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?$/, 'a base-60 number (1:30 is 90)'],
  [/^[-+]?\d[\d_]*_[\d_]*$/, 'a number with digit separators'],
];

/** How YAML 1.1 tools read this plain scalar, when that differs from text: "a boolean", … */
export function yaml11Reading(source: string): string | undefined {
  if (WORDS.test(source)) return 'a boolean';
  for (const [pattern, reading] of NUMBERS) if (pattern.test(source)) return reading;
  return undefined;
}
