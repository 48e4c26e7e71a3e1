// An interview script file: YAML → validated script or positioned problems. Never throws.
import { type ParsedYamlFile, parseYamlFile } from '../load/yaml-file.js';
import { countBySeverity } from '../problem.js';
import {
  type InterviewScript,
  interviewScriptJsonSchema,
  SCRIPT_SCHEMA_ID,
} from './script-schema.js';

export interface ParsedScript extends ParsedYamlFile {
  script?: InterviewScript;
}

export function parseScriptFile(file: string, bytes: Uint8Array): ParsedScript {
  const parsed = parseYamlFile(file, bytes, {
    name: 'interview script',
    schemaId: SCRIPT_SCHEMA_ID,
    schema: interviewScriptJsonSchema,
    required: '"title", "duration", "sources", "sections" and "rubric"',
  });
  if (parsed.data === undefined || countBySeverity(parsed.problems).errors > 0) return parsed;
  return { ...parsed, script: parsed.data as InterviewScript };
}
