/**
 * Down scripts of unit migrations, derived rather than written: undo each section (its unit's
 * hand-written `.down.sql`, or dropping the objects it created that no earlier migration had),
 * then run again the earlier sections that defined what it replaced (the unit's previous version,
 * or the section that last defined an object it took over), so that rolling a migration back
 * leaves the database exactly as it was before it. Units are written to be re-runnable
 * (CREATE OR REPLACE, IF EXISTS, ON CONFLICT), which is what makes running a section again safe.
 */
import { dropStatement, key } from '../../src/sql/objects.js';
import { splitStatements } from '../../src/sql/parse.js';
import type { Section } from '../../src/sql/sections.js';
import { takenOver, type Unit } from './units.js';

const downFileOf = (unit: Unit) => unit.source.replace(/\.sql$/, '.down.sql');

/**
 * The statements of a migration's down script, or `undefined` when one of its units is gone from
 * src (its down script was written when it shipped and stays as it is).
 */
export async function downStatements(
  sections: Section[],
  earlier: Section[],
  units: Map<string, Unit>,
): Promise<string[] | undefined> {
  if (sections.some((s) => !s.unit || !units.has(s.unit))) return undefined;
  // Which earlier section last defined each object still there before this migration.
  const definer = new Map<string, Section>();
  for (const s of earlier) {
    for (const e of s.effects) {
      for (const o of e.drops) definer.delete(key(o));
      for (const o of e.creates) definer.set(key(o), s);
    }
  }
  const touched = new Set(
    sections.flatMap((s) => s.effects.flatMap((e) => [...e.creates, ...e.drops].map(key))),
  );
  const undo: string[] = [];
  const rerun = new Set<Section>();
  for (const section of [...sections].reverse()) {
    const unit = units.get(section.unit!)!;
    const previous = earlier.filter((s) => s.unit === section.unit).at(-1);
    if (previous) rerun.add(previous);
    const created = [...new Map(section.effects.flatMap((e) => e.creates).map((o) => [key(o), o])).values()];
    const restoresItself = new Set(takenOver(unit));
    for (const o of [...created, ...section.effects.flatMap((e) => e.drops)]) {
      const before = definer.get(key(o));
      if (before && !restoresItself.has(key(o))) rerun.add(before);
    }
    if (unit.down !== undefined) {
      undo.push(...(await splitStatements(unit.down, downFileOf(unit))));
    } else if (section.effects.some((e) => e.opaque)) {
      throw new Error(
        `${unit.source} does more than create functions, triggers, policies, domains and grants: ` +
          `write ${downFileOf(unit)} to undo it`,
      );
    } else {
      for (const o of [...created].reverse()) if (!definer.has(key(o))) undo.push(dropStatement(o));
    }
  }
  const order = (s: Section) => earlier.indexOf(s);
  for (const section of rerun) {
    // Running an earlier section again must not undo anything a later migration changed.
    for (const o of section.effects.flatMap((e) => e.creates)) {
      if (definer.get(key(o)) !== section && !touched.has(key(o))) {
        throw new Error(
          `cannot derive the down script of ${sections[0]!.tag}: restoring ${section.unit ?? section.tag} ` +
            `would also reset ${o.kind} ${o.id}, changed since by a later migration`,
        );
      }
    }
  }
  return [...undo, ...[...rerun].sort((a, b) => order(a) - order(b)).flatMap((s) => s.statements)];
}
