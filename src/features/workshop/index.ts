export { PointCapture } from './PointCapture';
export { WorkshopSection } from './WorkshopSection';
