// Words for a resolved date: "2022", "Feb 2022", "13 Jul 2023", or a range; "about" for
// approximate ones, so the analyst never mistakes an estimate for a stated date.
import { parseIsoDate } from '../util/calendar';
import type { DateGranularity } from '../model/analysis';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function day(iso: string): string {
  const d = parseIsoDate(iso);
  if (d === null) throw new Error(`formatInterval: "${iso}" is not a YYYY-MM-DD date`);
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

export function formatInterval(from: string, to: string, granularity: DateGranularity, approximate: boolean): string {
  const about = approximate ? 'about ' : '';
  const start = parseIsoDate(from);
  if (start === null) throw new Error(`formatInterval: "${from}" is not a YYYY-MM-DD date`);
  if (granularity === 'year' && from.endsWith('-01-01') && to === `${start.year}-12-31`) return `${about}${start.year}`;
  if (granularity === 'decade') return `${about}the ${start.year}s`;
  if (granularity === 'month' && from.slice(0, 7) === to.slice(0, 7)) return `${about}${MONTHS[start.month - 1]} ${start.year}`;
  if (from === to) return `${about}${day(from)}`;
  return `${about}${day(from)} – ${day(to)}`;
}
