import { describe, expect, it } from 'vitest';
import { byNewestCorrection, correctionAnchor, implausibleCorrections, lastModified, numberedCorrections } from './corrections.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('corrections', () => {
  const corrections = [
    { date: day('2025-10-25'), text: 'Second.' },
    { date: day('2025-10-22'), text: 'First.' },
    { date: day('2025-10-25'), text: 'Third, the same day.' },
  ];

  it('are numbered in the order they were made and listed newest first', () => {
    const numbered = numberedCorrections(corrections);
    expect(numbered.map(({ text, number }) => [number, text])).toEqual([
      [3, 'Third, the same day.'],
      [2, 'Second.'],
      [1, 'First.'],
    ]);
    expect(correctionAnchor(numbered[2]!)).toBe('correction-1');
  });

  it('move the modified date to the newest, unless a later revision did', () => {
    expect(lastModified(day('2025-10-20'), undefined, corrections)).toEqual(day('2025-10-25'));
    expect(lastModified(day('2025-10-20'), day('2025-11-01'), corrections)).toEqual(day('2025-11-01'));
    expect(lastModified(day('2025-10-20'), undefined, [])).toEqual(day('2025-10-20'));
  });

  it('may not be dated before publication or in the future', () => {
    const problems = implausibleCorrections(
      [
        { date: day('2025-10-19'), text: 'Too early.' },
        { date: day('2025-10-20'), text: 'Same day.' },
        { date: day('2026-01-01'), text: 'Later.' },
      ],
      day('2025-10-20'),
      day('2025-12-01'),
    );
    expect(problems).toEqual([
      { field: 'corrections.0.date', problem: '2025-10-19 is before publishedAt 2025-10-20' },
      { field: 'corrections.2.date', problem: '2026-01-01 is in the future' },
    ]);
  });

  it('order corrected articles by their newest correction', () => {
    const articles = [
      { id: 'none', corrections: [] },
      { id: 'older', corrections: numberedCorrections([{ date: day('2025-10-01'), text: 'x' }]) },
      {
        id: 'newer',
        corrections: numberedCorrections([
          { date: day('2025-09-01'), text: 'x' },
          { date: day('2025-10-05'), text: 'y' },
        ]),
      },
    ];
    expect(byNewestCorrection(articles).map(({ id }) => id)).toEqual(['newer', 'older']);
  });
});
