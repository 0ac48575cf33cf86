import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { CALENDAR_UID_SUFFIX } from '../../../force-app/main/default/lwc/buyerRoomContract/buyerRoomContract.ts';
import {
  MAX_LINE_OCTETS,
  MILESTONE_PREFIX,
  buildCalendar,
  type CalendarItem
} from '../apexBridge/buyerCalendar.ts';

/**
 * The buyer room's calendar feed on the fixtures BuyerRoomCalendar_Tests.cls runs against the Apex
 * builder (the BuyerCalendarFixtures static resource): the same text byte for byte on both sides.
 * Every output is also read back by a real ICS parser (ical.js), so a fixture frozen with a wrong
 * text would fail here, and random titles must come back from the parser exactly as written.
 */
interface CalendarCase {
  name: string;
  calendarName: string;
  stampedAt: string;
  items: CalendarItem[];
  expected: string;
}

const FIXTURES = new URL(
  '../../../force-app/main/default/staticresources/BuyerCalendarFixtures.resource',
  import.meta.url
);
const { cases } = JSON.parse(readFileSync(FIXTURES, 'utf8')) as { cases: CalendarCase[] };

// X- properties are of unknown type to the parser (kept escaped) unless named: the feed's name is TEXT.
(ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };

/** The characters the builder drops: CR and the controls RFC 5545 TEXT may not hold (tab and LF stay). */
const DROPPED = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const plain = (text: string | null): string => (text ?? '').replace(DROPPED, '');

/** What the buyer reads as the event's title. */
function summaryText(item: CalendarItem): string {
  const owner = item.ownerName ? ` (${plain(item.ownerName)})` : '';
  return `${item.isMilestone ? MILESTONE_PREFIX : ''}${plain(item.title)}${owner}`;
}

function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function property(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
}

/** The RFC 5545 framing: CRLF after every line and nowhere else, no physical line over 75 octets. */
function assertFraming(ics: string, label: string): void {
  assert.ok(ics.endsWith('\r\n'), `${label}: the last line ends with CRLF`);
  const withoutCrlf = ics.replaceAll('\r\n', '');
  assert.ok(!withoutCrlf.includes('\n'), `${label}: no bare LF`);
  assert.ok(!withoutCrlf.includes('\r'), `${label}: no bare CR`);
  for (const line of ics.slice(0, -2).split('\r\n')) {
    assert.ok(
      Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS,
      `${label}: ${Buffer.byteLength(line, 'utf8')} octets in ${JSON.stringify(line)}`
    );
    // A character cut in two would not survive the UTF-8 round trip.
    assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line, `${label}: a whole character a line`);
  }
}

/** The calendar as the parser reads it, checked against the items it was built from. */
function assertParsedAs(ics: string, calendarName: string, items: CalendarItem[], label: string): void {
  const calendar = ICAL.Component.fromString(ics);
  assert.equal(calendar.name, 'vcalendar', label);
  assert.equal(property(calendar, 'version'), '2.0', label);
  assert.equal(property(calendar, 'method'), 'PUBLISH', label);
  assert.equal(property(calendar, 'x-wr-calname'), plain(calendarName), `${label}: calendar name`);
  const dated = items.filter((item) => item.dueDate !== null);
  const events = calendar.getAllSubcomponents('vevent');
  assert.equal(events.length, dated.length, `${label}: one event per dated item`);
  events.forEach((event, index) => {
    const item = dated.at(index);
    const due = item?.dueDate;
    assert.ok(item && due, `${label}: event ${index + 1} has its item`);
    const what = `${label}, event ${index + 1}`;
    assert.equal(property(event, 'uid'), `${item.id}${CALENDAR_UID_SUFFIX}`, `${what}: UID`);
    assert.equal(property(event, 'summary'), summaryText(item), `${what}: summary`);
    const start = event.getFirstPropertyValue('dtstart');
    const end = event.getFirstPropertyValue('dtend');
    assert.ok(start instanceof ICAL.Time && end instanceof ICAL.Time, `${what}: dated`);
    assert.ok(start.isDate && end.isDate, `${what}: all day`);
    assert.equal(start.toString(), due, `${what}: start`);
    assert.equal(end.toString(), nextDay(due), `${what}: end, the day after`);
    assert.equal(property(event, 'status'), item.status === 'Skipped' ? 'CANCELLED' : null, what);
    assert.equal(property(event, 'transp'), 'TRANSPARENT', what);
    assert.ok(property(event, 'dtstamp'), `${what}: stamped`);
    const description = property(event, 'description') ?? '';
    for (const value of [item.phase, item.deliverable, item.status]) {
      if (value) assert.ok(description.includes(plain(value)), `${what}: description has ${value}`);
    }
  });
}

describe('the calendar feed, on the fixtures shared with Apex', () => {
  test('it_should_have_a_fixture_for_every_rule', () => {
    const items = cases.flatMap((c) => c.items);
    assert.ok(cases.length >= 10);
    assert.ok(
      cases.some((c) => c.items.length === 0),
      'an empty list'
    );
    assert.ok(
      items.some((i) => i.dueDate === null),
      'an undated item'
    );
    assert.ok(
      items.some((i) => i.status === 'Skipped'),
      'a Skipped step'
    );
    assert.ok(
      items.some((i) => i.isMilestone),
      'a milestone'
    );
    assert.ok(
      items.some((i) => !i.ownerName),
      'a step without an owner'
    );
    assert.ok(
      items.some((i) => /[,;\\\n]/.test(i.title)),
      'a title to escape'
    );
    assert.ok(
      items.some((i) => /[^\u0000-\u07FF]/u.test(i.title)),
      'a title of 3- and 4-octet characters'
    );
    assert.ok(
      cases.some((c) => c.expected.includes('\r\n ')),
      'a folded line'
    );
  });

  for (const fixture of cases) {
    test(fixture.name, () => {
      const ics = buildCalendar(fixture.calendarName, fixture.items, new Date(fixture.stampedAt));
      assert.equal(ics, fixture.expected);
      assertFraming(fixture.expected, fixture.name);
      assertParsedAs(fixture.expected, fixture.calendarName, fixture.items, fixture.name);
      const stamp = fixture.stampedAt.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
      if (fixture.items.some((item) => item.dueDate !== null))
        assert.ok(fixture.expected.includes(`\r\nDTSTAMP:${stamp}\r\n`), 'stamped in UTC');
    });
  }
});

describe('the calendar feed, on random text', () => {
  // Every code point but the controls the builder drops, with the characters that need escaping or
  // folding care drawn often.
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(',', ';', '\\', '\n', '\t', ':', '"', ' ', 'é', '日', '本') },
    { weight: 2, arbitrary: fc.constantFrom('🚀', '👩‍💻', 'e\u0301', '\u2028', '\u0085') },
    {
      weight: 5,
      arbitrary: fc
        .string({ unit: 'binary', minLength: 1, maxLength: 1 })
        .filter((c) => c.replace(DROPPED, '') === c)
    }
  );
  const text = (maxLength: number) => fc.string({ unit, maxLength });
  const day = fc
    .integer({ min: 0, max: 365 * 80 })
    .map((offset) => new Date(Date.UTC(2000, 0, 1 + offset)).toISOString().slice(0, 10));
  const item = fc.record({
    id: fc.stringMatching(/^a03[0-9A-Za-z]{15}$/),
    title: text(150),
    ownerName: fc.option(text(40), { nil: null }),
    dueDate: fc.option(day, { nil: null, freq: 5 }),
    status: fc.constantFrom('Not Started', 'In Progress', 'Blocked', 'Done', 'Skipped'),
    phase: fc.option(text(60), { nil: null }),
    deliverable: fc.option(text(60), { nil: null }),
    isMilestone: fc.boolean()
  });

  test('it_should_give_every_title_back_through_the_parser_exactly', () => {
    fc.assert(
      fc.property(text(80), fc.array(item, { maxLength: 6 }), (calendarName, items) => {
        const ics = buildCalendar(calendarName, items, new Date('2026-11-24T09:30:15.000Z'));
        assertFraming(ics, 'random');
        assertParsedAs(ics, calendarName, items, 'random');
      }),
      { numRuns: 300 }
    );
  });

  test('it_should_drop_carriage_returns_and_controls_and_keep_the_rest', () => {
    const ics = buildCalendar(
      'Plan',
      [
        {
          id: 'a035g0000099001AAA',
          title: 'One\r\nTwo\rThree\u0000\u001b\u007f',
          ownerName: null,
          dueDate: '2026-12-01',
          status: 'Done',
          phase: null,
          deliverable: null,
          isMilestone: false
        }
      ],
      new Date('2026-11-24T09:30:15.000Z')
    );
    assert.ok(ics.includes('\r\nSUMMARY:One\\nTwoThree\r\n'), ics);
  });

  test('it_should_refuse_a_due_date_that_is_not_a_day', () => {
    for (const dueDate of ['2026-02-30', '2026-13-01', '26-12-01', '2026-12-01T00:00:00Z']) {
      const step: CalendarItem = {
        id: 'step-bad-date',
        title: 'Bad date',
        ownerName: null,
        dueDate,
        status: 'Done',
        phase: null,
        deliverable: null,
        isMilestone: false
      };
      assert.throws(() => buildCalendar('Plan', [step], new Date()), RangeError, dueDate);
    }
  });
});
