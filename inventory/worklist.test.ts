import { describe, expect, it } from 'vitest';
import {
  PORTAL_UPDATE_DELAY_MS,
  STEP_OF_KIND,
  WORKLIST_KINDS,
  effectiveState,
  mergeWorklist,
  type Finding,
} from './worklist';
import { worklistItem } from './reconcile/fixtures';

const missing = (id: string): Finding => ({ kind: 'memberMissing', key: `memberMissing:${id}`, memberId: id });
const HOUR = 3600_000;

const item = worklistItem;

describe('mergeWorklist', () => {
  it('opens an item per new finding, linked to its guide step', () => {
    const r = mergeWorklist([], [missing('a')], { id: 's1', takenAt: 10 }, 10);
    expect(r.opened).toBe(1);
    expect(r.put[0]).toMatchObject({ id: 'memberMissing:a', state: 'open', stepId: 'addMember', snapshotId: 's1' });
  });

  it('closes open and snoozed items a later snapshot no longer shows', () => {
    const r = mergeWorklist(
      [item(missing('a')), item(missing('b'), { state: 'snoozed', snoozedUntil: 99 })],
      [],
      { id: 's2', takenAt: 20 },
      20,
    );
    expect(r.closed).toBe(2);
    expect(r.put.map((i) => [i.id, i.state, i.closedBy])).toEqual([
      ['memberMissing:a', 'done', 'snapshot'],
      ['memberMissing:b', 'done', 'snapshot'],
    ]);
  });

  it('keeps the person’s decision on items still shown', () => {
    const dismissed = item(missing('a'), { state: 'dismissed', dismissReason: 'Parti à la retraite' });
    const snoozed = item(missing('b'), { state: 'snoozed', snoozedUntil: 5 * HOUR });
    const r = mergeWorklist([dismissed, snoozed], [missing('a'), missing('b')], { id: 's2', takenAt: HOUR }, HOUR);
    expect(r.put.map((i) => [i.state, i.dismissReason, i.snoozedUntil])).toEqual([
      ['dismissed', 'Parti à la retraite', undefined],
      ['snoozed', undefined, 5 * HOUR],
    ]);
    expect(r.opened + r.closed + r.reopened).toBe(0);
  });

  it('leaves dismissed and done items alone when the problem is gone', () => {
    const r = mergeWorklist([item(missing('a'), { state: 'dismissed' }), item(missing('b'), { state: 'done' })], [], { id: 's', takenAt: 1 }, 1);
    expect(r.put).toEqual([]);
  });

  it('waits for the portal’s 24-hour update delay before reopening an item the person marked done', () => {
    const done = item(missing('a'), { state: 'done', closedBy: 'person', updatedAt: 0 });
    const soon = mergeWorklist([done], [missing('a')], { id: 's', takenAt: PORTAL_UPDATE_DELAY_MS - 1 }, PORTAL_UPDATE_DELAY_MS);
    expect(soon.put[0]!.state).toBe('done');
    const later = mergeWorklist([done], [missing('a')], { id: 's', takenAt: PORTAL_UPDATE_DELAY_MS }, PORTAL_UPDATE_DELAY_MS);
    expect(later.reopened).toBe(1);
    expect(later.put[0]).toMatchObject({ state: 'open', closedBy: undefined });
  });

  it('reopens at once an item a snapshot had closed when it comes back', () => {
    const closed = item(missing('a'), { state: 'done', closedBy: 'snapshot', updatedAt: 100 });
    const r = mergeWorklist([closed], [missing('a')], { id: 's', takenAt: 101 }, 101);
    expect(r.put[0]!.state).toBe('open');
  });

  it('refreshes the details of an item still shown', () => {
    const before: Finding = { kind: 'memberDetails', key: 'memberDetails:a', memberId: 'a', contactName: 'A', differences: [{ field: 'email', inventory: 'x', portal: 'y' }] };
    const after: Finding = { ...before, differences: [{ field: 'phone', inventory: '1', portal: '2' }] };
    const r = mergeWorklist([item(before)], [after], { id: 's', takenAt: 1 }, 1);
    expect(r.put[0]!.finding).toEqual(after);
  });
});

describe('effectiveState', () => {
  it('brings a snoozed item back when its time comes', () => {
    const s = item(missing('a'), { state: 'snoozed', snoozedUntil: 100 });
    expect(effectiveState(s, 99)).toBe('snoozed');
    expect(effectiveState(s, 100)).toBe('open');
  });
});

it('links every kind to a guide step', () => {
  for (const kind of WORKLIST_KINDS) expect(STEP_OF_KIND[kind]).toBeTruthy();
});
