import type { Content } from './schema';

/** Every patient-facing plain-language field, with a label saying where it lives. */
export function plainTexts(c: Content): { where: string; text: string }[] {
  const from = (kind: string, xs: { id: string; plain: string }[]) =>
    xs.map((x) => ({ where: `${kind} "${x.id}"`, text: x.plain }));
  return [
    ...from('phase', c.phases),
    ...from('level', c.levels),
    ...from('stakeholder', c.stakeholders),
    ...from('PED type', c.pedTypes),
    ...from('method', c.methods),
    ...from('point', c.points),
    ...from('consideration', c.considerations),
    ...from('quality criterion', c.qualityCriteria),
    ...from('glossary term', c.glossary),
  ];
}
