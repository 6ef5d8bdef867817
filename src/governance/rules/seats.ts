// A board's seats as its terms of reference write them, one to a line (seed 001, appendices 3 and 4):
// "3 x primary headteachers", "Deputy Director of the Regional Schools Commissioner". A seat that
// does not vote says so after it: "(non-voting)" or "(co-opted)". The chair's and vice-chair's
// seats are named by their titles.

export type SeatLine = {
  title: string;
  places: number;
  membership: 'voting' | 'non-voting' | 'co-opted';
  office: 'chair' | 'vice-chair' | null;
};

const placesPattern = /^(\d{1,3})\s*[x×]\s+(.+)$/i;
const membershipPattern = /\s*\((voting|non-voting|co-opted)\)\s*$/i;

export function seatFromLine(line: string): SeatLine | { problem: string } {
  let text = line.trim().replace(/\s+/g, ' ');
  let membership: SeatLine['membership'] = 'voting';
  const marked = membershipPattern.exec(text);
  if (marked?.[1]) {
    membership = marked[1].toLowerCase() as SeatLine['membership'];
    text = text.slice(0, marked.index).trim();
  }
  let places = 1;
  const counted = placesPattern.exec(text);
  if (counted?.[1] && counted[2]) {
    places = Number(counted[1]);
    text = counted[2].trim();
  }
  // "3 x" with nothing after it counts places of no seat.
  if (text === '' || /^\d{1,3}\s*[x×]$/i.test(text)) return { problem: `“${line.trim()}” names no seat` };
  if (places < 1) return { problem: `“${line.trim()}”: a seat has at least one place` };
  const office = /^vice[- ]?chair\b/i.test(text)
    ? 'vice-chair'
    : /^(independent |the )?chair\b/i.test(text)
      ? 'chair'
      : null;
  return { title: text, places, membership, office: office && places === 1 ? office : null };
}

/**
 * A holder's term is ending when it ends within the board's warning period (its terms of reference
 * say how long: 60 days by default) and has not ended yet. The board's page and the daily reminder
 * read the same rule, so they never disagree.
 */
export function termEndingSoon(termEnd: string | null, today: string, warningDays: number): boolean {
  if (termEnd === null || termEnd < today) return false;
  const warnBy = new Date(Date.parse(`${today}T00:00:00Z`) + warningDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return termEnd <= warnBy;
}
