// The scheduling lines under the end-of-session summary: when each answered question is next
// due, the day's streak, and the interview countdown. Pure.
import type { ChalkInstance } from 'chalk';
import { type Day, daysBetween } from '../../core/schedule/days.js';
import { sanitizeInline } from '../sanitize.js';
import { interviewLine } from './due-view.js';

export interface ScheduleSummary {
  today: Day;
  next: { id: string; due: Day }[];
  streak: number;
  interview?: Day;
  neverPractised: number;
}

function when(today: Day, due: Day): string {
  const days = daysBetween(today, due);
  if (days <= 0) return `${due} (today)`;
  if (days === 1) return `${due} (tomorrow)`;
  return `${due} (in ${days} days)`;
}

export function renderScheduleSummary(s: ScheduleSummary, c: ChalkInstance): string {
  const out: string[] = [];
  if (s.next.length) {
    const width = Math.max(...s.next.map((n) => sanitizeInline(n.id).length));
    out.push(c.bold('Next due'));
    for (const n of s.next)
      out.push(`  ${sanitizeInline(n.id).padEnd(width)}  ${when(s.today, n.due)}`);
  }
  out.push(
    s.streak > 0
      ? `Streak: ${s.streak} day${s.streak === 1 ? '' : 's'} in a row.`
      : 'Streak: none yet today (answer a question to start one).',
  );
  if (s.interview) out.push(interviewLine(s.today, s.interview, s.neverPractised));
  return out.join('\n');
}
