import { useContent } from '../../content/load';
import { usePlansStore } from '../../stores/plans.store';
import { PlanNotFound } from '../home/PlanNotFound';
import { PartnerPage } from './PartnerPage';

/** `#/plan/<id>/partner`: a saved plan's partner view. */
export default function PartnerScreen({ planId }: { planId: string }) {
  const content = useContent();
  const doc = usePlansStore((s) => s.plans[planId]);
  if (!doc) return <PlanNotFound />;
  return <PartnerPage content={content} doc={doc} />;
}
