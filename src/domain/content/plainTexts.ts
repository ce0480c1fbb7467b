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
    ...c.points.flatMap((p) => [
      { where: `point "${p.id}" plain title`, text: p.plainTitle },
      ...(p.variants ?? []).flatMap((v, i) =>
        v.plainTitle ? [{ where: `point "${p.id}" variant ${i + 1} plain title`, text: v.plainTitle }] : [],
      ),
    ]),
    ...from('consideration', c.considerations),
    ...from('quality criterion', c.qualityCriteria),
    ...from('glossary term', c.glossary),
    ...c.partner.map((x) => ({ where: `partner text "${x.id}"`, text: x.text })),
  ];
}
