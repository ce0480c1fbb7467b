/// <reference types="vite/client" />

declare module 'virtual:content' {
  import type { Content } from './domain/content/schema';
  const content: Content;
  export default content;
}

declare module 'virtual:content-meta' {
  const meta: { version: string; examples: { id: string; name: string; description: string }[] };
  export default meta;
}

declare module 'virtual:content-questionnaire' {
  import type { QuestionnaireContent } from './domain/content/schema';
  const content: QuestionnaireContent;
  export default content;
}
